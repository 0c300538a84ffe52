/*
  Warnings:

  - Added the required column `clave` to the `Criterio` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "AsignacionEvaluacion" ADD COLUMN "recusadaEn" DATETIME;

-- CreateTable
CREATE TABLE "PerfilReferencia" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rubricaId" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,
    "titulo" TEXT NOT NULL,
    "resumen" TEXT NOT NULL,
    "notas" TEXT NOT NULL,
    CONSTRAINT "PerfilReferencia_rubricaId_fkey" FOREIGN KEY ("rubricaId") REFERENCES "Rubrica" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Capacitacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "completadaEn" DATETIME,
    "aprobada" BOOLEAN NOT NULL DEFAULT false,
    "intentos" INTEGER NOT NULL DEFAULT 0,
    "resultado" TEXT,
    CONSTRAINT "Capacitacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Capacitacion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Capacitacion" ("aprobada", "completadaEn", "convocatoriaId", "id", "userId") SELECT "aprobada", "completadaEn", "convocatoriaId", "id", "userId" FROM "Capacitacion";
DROP TABLE "Capacitacion";
ALTER TABLE "new_Capacitacion" RENAME TO "Capacitacion";
CREATE UNIQUE INDEX "Capacitacion_convocatoriaId_userId_key" ON "Capacitacion"("convocatoriaId", "userId");
CREATE TABLE "new_Criterio" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rubricaId" TEXT NOT NULL,
    "clave" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL,
    "orientacion" TEXT NOT NULL DEFAULT '',
    "ejemplos" TEXT NOT NULL DEFAULT '[]',
    "peso" INTEGER NOT NULL,
    "orden" INTEGER NOT NULL,
    CONSTRAINT "Criterio_rubricaId_fkey" FOREIGN KEY ("rubricaId") REFERENCES "Rubrica" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Existing criteria (none outside demo databases) take their id as clave.
INSERT INTO "new_Criterio" ("clave", "descripcion", "id", "nombre", "orden", "peso", "rubricaId") SELECT "id", "descripcion", "id", "nombre", "orden", "peso", "rubricaId" FROM "Criterio";
DROP TABLE "Criterio";
ALTER TABLE "new_Criterio" RENAME TO "Criterio";
CREATE UNIQUE INDEX "Criterio_rubricaId_clave_key" ON "Criterio"("rubricaId", "clave");
CREATE TABLE "new_Evaluacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "asignacionId" TEXT NOT NULL,
    "comentario" TEXT NOT NULL DEFAULT '',
    "notaFinal" REAL,
    "confianza" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "enviadaEn" DATETIME,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evaluacion_asignacionId_fkey" FOREIGN KEY ("asignacionId") REFERENCES "AsignacionEvaluacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Evaluacion" ("asignacionId", "comentario", "enviadaEn", "id", "notaFinal") SELECT "asignacionId", "comentario", "enviadaEn", "id", "notaFinal" FROM "Evaluacion";
DROP TABLE "Evaluacion";
ALTER TABLE "new_Evaluacion" RENAME TO "Evaluacion";
CREATE UNIQUE INDEX "Evaluacion_asignacionId_key" ON "Evaluacion"("asignacionId");
CREATE INDEX "Evaluacion_enviadaEn_idx" ON "Evaluacion"("enviadaEn");
CREATE TABLE "new_Puntaje" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "evaluacionId" TEXT NOT NULL,
    "criterioId" TEXT NOT NULL,
    "nota" REAL,
    "comentario" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Puntaje_evaluacionId_fkey" FOREIGN KEY ("evaluacionId") REFERENCES "Evaluacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Puntaje_criterioId_fkey" FOREIGN KEY ("criterioId") REFERENCES "Criterio" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Puntaje" ("criterioId", "evaluacionId", "id", "nota") SELECT "criterioId", "evaluacionId", "id", "nota" FROM "Puntaje";
DROP TABLE "Puntaje";
ALTER TABLE "new_Puntaje" RENAME TO "Puntaje";
CREATE UNIQUE INDEX "Puntaje_evaluacionId_criterioId_key" ON "Puntaje"("evaluacionId", "criterioId");
CREATE TABLE "new_Rubrica" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "topeEvaluador" INTEGER NOT NULL DEFAULT 40,
    "reglaRegion" TEXT NOT NULL DEFAULT 'cualquiera',
    "umbralCalibracion" REAL NOT NULL DEFAULT 0.7,
    "limiteIndulgencia" REAL NOT NULL DEFAULT 3,
    "minMuestra" INTEGER NOT NULL DEFAULT 5,
    "brechaDiscrepancia" REAL NOT NULL DEFAULT 1.5,
    "normalizar" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Rubrica_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Rubrica" ("convocatoriaId", "id", "nombre") SELECT "convocatoriaId", "id", "nombre" FROM "Rubrica";
DROP TABLE "Rubrica";
ALTER TABLE "new_Rubrica" RENAME TO "Rubrica";
CREATE UNIQUE INDEX "Rubrica_convocatoriaId_key" ON "Rubrica"("convocatoriaId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PerfilReferencia_rubricaId_orden_key" ON "PerfilReferencia"("rubricaId", "orden");

-- CreateIndex
CREATE INDEX "AsignacionEvaluacion_evaluadorId_idx" ON "AsignacionEvaluacion"("evaluadorId");
