/*
  Warnings:

  - A unique constraint covering the columns `[votanteId,convocatoriaId,ambito]` on the table `Voto` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[votanteId,postulacionId]` on the table `Voto` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "Voto_votanteId_ambito_key";

-- AlterTable
ALTER TABLE "Convocatoria" ADD COLUMN     "ocultarConteos" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "votacionFin" TIMESTAMP(3),
ADD COLUMN     "votacionInicio" TIMESTAMP(3),
ADD COLUMN     "votoAmbito" TEXT NOT NULL DEFAULT 'desafio',
ADD COLUMN     "votosPorConvocatoria" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Voto" ADD COLUMN     "ipHash" TEXT,
ADD COLUMN     "lote" INTEGER;

-- CreateTable
CREATE TABLE "LoteVotos" (
    "id" SERIAL NOT NULL,
    "desde" TIMESTAMP(3) NOT NULL,
    "hasta" TIMESTAMP(3) NOT NULL,
    "cantidad" INTEGER NOT NULL,
    "raiz" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoteVotos_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Voto_convocatoriaId_createdAt_idx" ON "Voto"("convocatoriaId", "createdAt");

-- CreateIndex
CREATE INDEX "Voto_lote_createdAt_idx" ON "Voto"("lote", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Voto_votanteId_convocatoriaId_ambito_key" ON "Voto"("votanteId", "convocatoriaId", "ambito");

-- CreateIndex
CREATE UNIQUE INDEX "Voto_votanteId_postulacionId_key" ON "Voto"("votanteId", "postulacionId");
