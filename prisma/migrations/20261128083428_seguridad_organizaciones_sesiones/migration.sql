/*
  Warnings:

  - A unique constraint covering the columns `[tokenHash]` on the table `Inscripcion` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Inscripcion" ADD COLUMN "confirmarAntes" DATETIME;
ALTER TABLE "Inscripcion" ADD COLUMN "tokenHash" TEXT;

-- CreateTable
CREATE TABLE "MiembroOrganizacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizacionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "estado" TEXT NOT NULL,
    "mensaje" TEXT NOT NULL DEFAULT '',
    "agregadoPorId" TEXT,
    "resueltoEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MiembroOrganizacion_organizacionId_fkey" FOREIGN KEY ("organizacionId") REFERENCES "Organizacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MiembroOrganizacion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MiembroOrganizacion_agregadoPorId_fkey" FOREIGN KEY ("agregadoPorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SesionRevocada" (
    "sid" TEXT NOT NULL PRIMARY KEY,
    "expira" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "accion" TEXT NOT NULL,
    "entidad" TEXT NOT NULL,
    "entidadId" TEXT,
    "etapa" TEXT,
    "datos" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "mac" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditLog" ("accion", "actorId", "createdAt", "datos", "entidad", "entidadId", "etapa", "hash", "id", "prevHash") SELECT "accion", "actorId", "createdAt", "datos", "entidad", "entidadId", "etapa", "hash", "id", "prevHash" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE UNIQUE INDEX "AuditLog_prevHash_key" ON "AuditLog"("prevHash");
CREATE UNIQUE INDEX "AuditLog_hash_key" ON "AuditLog"("hash");
CREATE INDEX "AuditLog_entidad_entidadId_idx" ON "AuditLog"("entidad", "entidadId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MiembroOrganizacion_userId_idx" ON "MiembroOrganizacion"("userId");

-- CreateIndex
CREATE INDEX "MiembroOrganizacion_estado_idx" ON "MiembroOrganizacion"("estado");

-- CreateIndex
CREATE UNIQUE INDEX "MiembroOrganizacion_organizacionId_userId_key" ON "MiembroOrganizacion"("organizacionId", "userId");

-- CreateIndex
CREATE INDEX "SesionRevocada_expira_idx" ON "SesionRevocada"("expira");

-- CreateIndex
CREATE UNIQUE INDEX "Inscripcion_tokenHash_key" ON "Inscripcion"("tokenHash");

-- Backfill (hand-written): each existing organisation is claimed by the account that registered it.
INSERT INTO "MiembroOrganizacion" ("id", "organizacionId", "userId", "estado", "createdAt")
SELECT 'm' || "id", "id", "creadaPorId", 'ACTIVO', CURRENT_TIMESTAMP FROM "Organizacion";
