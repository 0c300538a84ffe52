/*
  Warnings:

  - A unique constraint covering the columns `[rubricaId,clave]` on the table `Criterio` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `clave` to the `Criterio` table without a default value. This is not possible if the table is not empty.

*/
-- CreateEnum
CREATE TYPE "Confianza" AS ENUM ('BAJA', 'MEDIA', 'ALTA');

-- AlterEnum
ALTER TYPE "MotivoAsignacion" ADD VALUE 'REASIGNACION';

-- AlterTable
ALTER TABLE "AsignacionEvaluacion" ADD COLUMN     "recusadaEn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Capacitacion" ADD COLUMN     "intentos" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resultado" TEXT;

-- AlterTable
-- Existing criteria (none outside demo databases) take their id as clave.
ALTER TABLE "Criterio" ADD COLUMN     "clave" TEXT,
ADD COLUMN     "ejemplos" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "orientacion" TEXT NOT NULL DEFAULT '';
UPDATE "Criterio" SET "clave" = "id" WHERE "clave" IS NULL;
ALTER TABLE "Criterio" ALTER COLUMN "clave" SET NOT NULL;

-- AlterTable
ALTER TABLE "Evaluacion" ADD COLUMN     "confianza" "Confianza",
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Puntaje" ADD COLUMN     "comentario" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "nota" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Rubrica" ADD COLUMN     "brechaDiscrepancia" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
ADD COLUMN     "limiteIndulgencia" DOUBLE PRECISION NOT NULL DEFAULT 3,
ADD COLUMN     "minMuestra" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "normalizar" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reglaRegion" TEXT NOT NULL DEFAULT 'cualquiera',
ADD COLUMN     "topeEvaluador" INTEGER NOT NULL DEFAULT 40,
ADD COLUMN     "umbralCalibracion" DOUBLE PRECISION NOT NULL DEFAULT 0.7;

-- CreateTable
CREATE TABLE "PerfilReferencia" (
    "id" TEXT NOT NULL,
    "rubricaId" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,
    "titulo" TEXT NOT NULL,
    "resumen" TEXT NOT NULL,
    "notas" TEXT NOT NULL,

    CONSTRAINT "PerfilReferencia_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PerfilReferencia_rubricaId_orden_key" ON "PerfilReferencia"("rubricaId", "orden");

-- CreateIndex
CREATE INDEX "AsignacionEvaluacion_evaluadorId_idx" ON "AsignacionEvaluacion"("evaluadorId");

-- CreateIndex
CREATE UNIQUE INDEX "Criterio_rubricaId_clave_key" ON "Criterio"("rubricaId", "clave");

-- CreateIndex
CREATE INDEX "Evaluacion_enviadaEn_idx" ON "Evaluacion"("enviadaEn");

-- AddForeignKey
ALTER TABLE "PerfilReferencia" ADD CONSTRAINT "PerfilReferencia_rubricaId_fkey" FOREIGN KEY ("rubricaId") REFERENCES "Rubrica"("id") ON DELETE CASCADE ON UPDATE CASCADE;
