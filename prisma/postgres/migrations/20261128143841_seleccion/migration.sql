/*
  Warnings:

  - You are about to drop the column `firmadaEn` on the `Acta` table. All the data in the column will be lost.
  - You are about to drop the column `firmadaPorId` on the `Acta` table. All the data in the column will be lost.
  - You are about to drop the column `actaId` on the `DecisionComite` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[rondaId]` on the table `Acta` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `rondaId` to the `Acta` table without a default value. This is not possible if the table is not empty.
  - Added the required column `puntaje` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.
  - Added the required column `rondaId` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.
  - Added the required column `sugerida` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.
  - Added the required column `updatedAt` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.

*/
-- CreateEnum
CREATE TYPE "EstadoRonda" AS ENUM ('ABIERTA', 'EN_FIRMA', 'CERRADA');

-- DropForeignKey
ALTER TABLE "Acta" DROP CONSTRAINT "Acta_firmadaPorId_fkey";

-- DropForeignKey
ALTER TABLE "DecisionComite" DROP CONSTRAINT "DecisionComite_actaId_fkey";

-- AlterTable
ALTER TABLE "Acta" DROP COLUMN "firmadaEn",
DROP COLUMN "firmadaPorId",
ADD COLUMN     "cerradaEn" TIMESTAMP(3),
ADD COLUMN     "generadaEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "pdf" BYTEA,
ADD COLUMN     "rondaId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "DecisionComite" DROP COLUMN "actaId",
ADD COLUMN     "puntaje" DOUBLE PRECISION NOT NULL,
ADD COLUMN     "rondaId" TEXT NOT NULL,
ADD COLUMN     "sugerida" BOOLEAN NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ALTER COLUMN "fundamento" SET DEFAULT '';

-- CreateTable
CREATE TABLE "RondaSeleccion" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "fase" "FaseComite" NOT NULL,
    "estado" "EstadoRonda" NOT NULL DEFAULT 'ABIERTA',
    "presupuesto" INTEGER NOT NULL,
    "maxPorDesafio" INTEGER,
    "sugerencia" TEXT,
    "sugeridaEn" TIMESTAMP(3),
    "cerradaEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RondaSeleccion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MiembroRonda" (
    "id" TEXT NOT NULL,
    "rondaId" TEXT NOT NULL,
    "usuarioId" TEXT NOT NULL,
    "presente" BOOLEAN NOT NULL DEFAULT true,
    "postura" TEXT,
    "nota" TEXT NOT NULL DEFAULT '',
    "firmadaEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MiembroRonda_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RondaSeleccion_convocatoriaId_fase_key" ON "RondaSeleccion"("convocatoriaId", "fase");

-- CreateIndex
CREATE UNIQUE INDEX "MiembroRonda_rondaId_usuarioId_key" ON "MiembroRonda"("rondaId", "usuarioId");

-- CreateIndex
CREATE UNIQUE INDEX "Acta_rondaId_key" ON "Acta"("rondaId");

-- CreateIndex
CREATE INDEX "DecisionComite_rondaId_idx" ON "DecisionComite"("rondaId");

-- AddForeignKey
ALTER TABLE "RondaSeleccion" ADD CONSTRAINT "RondaSeleccion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MiembroRonda" ADD CONSTRAINT "MiembroRonda_rondaId_fkey" FOREIGN KEY ("rondaId") REFERENCES "RondaSeleccion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MiembroRonda" ADD CONSTRAINT "MiembroRonda_usuarioId_fkey" FOREIGN KEY ("usuarioId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionComite" ADD CONSTRAINT "DecisionComite_rondaId_fkey" FOREIGN KEY ("rondaId") REFERENCES "RondaSeleccion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acta" ADD CONSTRAINT "Acta_rondaId_fkey" FOREIGN KEY ("rondaId") REFERENCES "RondaSeleccion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
