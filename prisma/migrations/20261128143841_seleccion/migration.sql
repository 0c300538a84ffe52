/*
  Warnings:

  - You are about to drop the column `firmadaEn` on the `Acta` table. All the data in the column will be lost.
  - You are about to drop the column `firmadaPorId` on the `Acta` table. All the data in the column will be lost.
  - You are about to drop the column `actaId` on the `DecisionComite` table. All the data in the column will be lost.
  - Added the required column `rondaId` to the `Acta` table without a default value. This is not possible if the table is not empty.
  - Added the required column `puntaje` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.
  - Added the required column `rondaId` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.
  - Added the required column `sugerida` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.
  - Added the required column `updatedAt` to the `DecisionComite` table without a default value. This is not possible if the table is not empty.

*/
-- CreateTable
CREATE TABLE "RondaSeleccion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "fase" TEXT NOT NULL,
    "estado" TEXT NOT NULL DEFAULT 'ABIERTA',
    "presupuesto" INTEGER NOT NULL,
    "maxPorDesafio" INTEGER,
    "sugerencia" TEXT,
    "sugeridaEn" DATETIME,
    "cerradaEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RondaSeleccion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MiembroRonda" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rondaId" TEXT NOT NULL,
    "usuarioId" TEXT NOT NULL,
    "presente" BOOLEAN NOT NULL DEFAULT true,
    "postura" TEXT,
    "nota" TEXT NOT NULL DEFAULT '',
    "firmadaEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MiembroRonda_rondaId_fkey" FOREIGN KEY ("rondaId") REFERENCES "RondaSeleccion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MiembroRonda_usuarioId_fkey" FOREIGN KEY ("usuarioId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Acta" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "rondaId" TEXT NOT NULL,
    "fase" TEXT NOT NULL,
    "numero" INTEGER NOT NULL,
    "contenido" TEXT NOT NULL,
    "generadaEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pdf" BLOB,
    "sha256" TEXT,
    "cerradaEn" DATETIME,
    CONSTRAINT "Acta_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Acta_rondaId_fkey" FOREIGN KEY ("rondaId") REFERENCES "RondaSeleccion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Acta" ("contenido", "convocatoriaId", "fase", "id", "numero", "sha256") SELECT "contenido", "convocatoriaId", "fase", "id", "numero", "sha256" FROM "Acta";
DROP TABLE "Acta";
ALTER TABLE "new_Acta" RENAME TO "Acta";
CREATE UNIQUE INDEX "Acta_rondaId_key" ON "Acta"("rondaId");
CREATE UNIQUE INDEX "Acta_convocatoriaId_fase_numero_key" ON "Acta"("convocatoriaId", "fase", "numero");
CREATE TABLE "new_DecisionComite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "rondaId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "fase" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "montoAsignado" INTEGER,
    "puntaje" REAL NOT NULL,
    "sugerida" BOOLEAN NOT NULL,
    "fundamento" TEXT NOT NULL DEFAULT '',
    "decididaPorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DecisionComite_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionComite_rondaId_fkey" FOREIGN KEY ("rondaId") REFERENCES "RondaSeleccion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionComite_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionComite_decididaPorId_fkey" FOREIGN KEY ("decididaPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_DecisionComite" ("convocatoriaId", "createdAt", "decididaPorId", "decision", "fase", "fundamento", "id", "montoAsignado", "postulacionId") SELECT "convocatoriaId", "createdAt", "decididaPorId", "decision", "fase", "fundamento", "id", "montoAsignado", "postulacionId" FROM "DecisionComite";
DROP TABLE "DecisionComite";
ALTER TABLE "new_DecisionComite" RENAME TO "DecisionComite";
CREATE INDEX "DecisionComite_rondaId_idx" ON "DecisionComite"("rondaId");
CREATE UNIQUE INDEX "DecisionComite_postulacionId_fase_key" ON "DecisionComite"("postulacionId", "fase");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RondaSeleccion_convocatoriaId_fase_key" ON "RondaSeleccion"("convocatoriaId", "fase");

-- CreateIndex
CREATE UNIQUE INDEX "MiembroRonda_rondaId_usuarioId_key" ON "MiembroRonda"("rondaId", "usuarioId");
