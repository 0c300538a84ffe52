/*
  Warnings:

  - A unique constraint covering the columns `[tokenHash]` on the table `Inscripcion` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "EstadoMiembro" AS ENUM ('ACTIVO', 'PENDIENTE', 'RECHAZADO');

-- AlterEnum
ALTER TYPE "EstadoInscripcion" ADD VALUE 'POR_CONFIRMAR';

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "mac" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Inscripcion" ADD COLUMN     "confirmarAntes" TIMESTAMP(3),
ADD COLUMN     "tokenHash" TEXT;

-- CreateTable
CREATE TABLE "MiembroOrganizacion" (
    "id" TEXT NOT NULL,
    "organizacionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "estado" "EstadoMiembro" NOT NULL,
    "mensaje" TEXT NOT NULL DEFAULT '',
    "agregadoPorId" TEXT,
    "resueltoEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MiembroOrganizacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SesionRevocada" (
    "sid" TEXT NOT NULL,
    "expira" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SesionRevocada_pkey" PRIMARY KEY ("sid")
);

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

-- AddForeignKey
ALTER TABLE "MiembroOrganizacion" ADD CONSTRAINT "MiembroOrganizacion_organizacionId_fkey" FOREIGN KEY ("organizacionId") REFERENCES "Organizacion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MiembroOrganizacion" ADD CONSTRAINT "MiembroOrganizacion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MiembroOrganizacion" ADD CONSTRAINT "MiembroOrganizacion_agregadoPorId_fkey" FOREIGN KEY ("agregadoPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill (hand-written): each existing organisation is claimed by the account that registered it.
INSERT INTO "MiembroOrganizacion" ("id", "organizacionId", "userId", "estado", "createdAt")
SELECT 'm' || "id", "id", "creadaPorId", 'ACTIVO', CURRENT_TIMESTAMP FROM "Organizacion";

-- Hand-written: the audit log is append-only in the database too. UPDATE, DELETE and TRUNCATE are
-- refused for every role that does not first disable the trigger (which needs the table's owner and is
-- itself visible in the log's verification: the MAC and the signed checkpoint catch what it allows).
CREATE OR REPLACE FUNCTION auditlog_solo_agregar() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'La bitácora de auditoría es de solo agregar: % no está permitido', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_solo_agregar_fila"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION auditlog_solo_agregar();

CREATE TRIGGER "AuditLog_solo_agregar_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION auditlog_solo_agregar();
