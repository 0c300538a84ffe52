/*
  Warnings:

  - A unique constraint covering the columns `[votanteId,convocatoriaId,ambito]` on the table `Voto` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[votanteId,postulacionId]` on the table `Voto` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "Voto_votanteId_ambito_key";

-- AlterTable
ALTER TABLE "Voto" ADD COLUMN "ipHash" TEXT;
ALTER TABLE "Voto" ADD COLUMN "lote" INTEGER;

-- CreateTable
CREATE TABLE "LoteVotos" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "desde" DATETIME NOT NULL,
    "hasta" DATETIME NOT NULL,
    "cantidad" INTEGER NOT NULL,
    "raiz" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Convocatoria" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "anio" INTEGER NOT NULL,
    "nombre" TEXT NOT NULL,
    "presupuestoTotal" INTEGER NOT NULL,
    "montoMinProyecto" INTEGER NOT NULL,
    "montoMaxProyecto" INTEGER NOT NULL,
    "proyectosObjetivo" INTEGER NOT NULL,
    "pesoTecnico" INTEGER NOT NULL DEFAULT 70,
    "pesoVotacion" INTEGER NOT NULL DEFAULT 10,
    "pesoDemoDay" INTEGER NOT NULL DEFAULT 20,
    "votosPorDesafio" INTEGER NOT NULL DEFAULT 1,
    "votacionInicio" DATETIME,
    "votacionFin" DATETIME,
    "votoAmbito" TEXT NOT NULL DEFAULT 'desafio',
    "votosPorConvocatoria" INTEGER NOT NULL DEFAULT 3,
    "ocultarConteos" BOOLEAN NOT NULL DEFAULT false,
    "evaluadoresPorPerfil" INTEGER NOT NULL DEFAULT 2,
    "etapaActual" TEXT NOT NULL DEFAULT 'DESARROLLO_CONCURSO',
    "activa" BOOLEAN NOT NULL DEFAULT true,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Convocatoria" ("activa", "anio", "createdAt", "demo", "etapaActual", "evaluadoresPorPerfil", "id", "montoMaxProyecto", "montoMinProyecto", "nombre", "pesoDemoDay", "pesoTecnico", "pesoVotacion", "presupuestoTotal", "proyectosObjetivo", "updatedAt", "votosPorDesafio") SELECT "activa", "anio", "createdAt", "demo", "etapaActual", "evaluadoresPorPerfil", "id", "montoMaxProyecto", "montoMinProyecto", "nombre", "pesoDemoDay", "pesoTecnico", "pesoVotacion", "presupuestoTotal", "proyectosObjetivo", "updatedAt", "votosPorDesafio" FROM "Convocatoria";
DROP TABLE "Convocatoria";
ALTER TABLE "new_Convocatoria" RENAME TO "Convocatoria";
CREATE UNIQUE INDEX "Convocatoria_anio_key" ON "Convocatoria"("anio");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Voto_convocatoriaId_createdAt_idx" ON "Voto"("convocatoriaId", "createdAt");

-- CreateIndex
CREATE INDEX "Voto_lote_createdAt_idx" ON "Voto"("lote", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Voto_votanteId_convocatoriaId_ambito_key" ON "Voto"("votanteId", "convocatoriaId", "ambito");

-- CreateIndex
CREATE UNIQUE INDEX "Voto_votanteId_postulacionId_key" ON "Voto"("votanteId", "postulacionId");
