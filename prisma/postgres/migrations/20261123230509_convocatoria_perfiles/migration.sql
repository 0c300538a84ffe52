/*
  Warnings:

  - A unique constraint covering the columns `[postulanteId,desafioId]` on the table `Postulacion` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Evento" ADD COLUMN     "cuposOcupados" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Notificacion" ADD COLUMN     "reservadaHasta" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Postulacion" ADD COLUMN     "organizacionNombre" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "organizacionRut" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "tipoEjecutor" "TipoEjecutor";

-- CreateTable
CREATE TABLE "Invitacion" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "nombre" TEXT NOT NULL DEFAULT '',
    "desafioId" TEXT NOT NULL,
    "invitadoPorId" TEXT NOT NULL,
    "mensaje" TEXT NOT NULL DEFAULT '',
    "expiraEn" TIMESTAMP(3) NOT NULL,
    "abiertaEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitacion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Invitacion_convocatoriaId_idx" ON "Invitacion"("convocatoriaId");

-- CreateIndex
CREATE UNIQUE INDEX "Postulacion_postulanteId_desafioId_key" ON "Postulacion"("postulanteId", "desafioId");

-- AddForeignKey
ALTER TABLE "Invitacion" ADD CONSTRAINT "Invitacion_desafioId_fkey" FOREIGN KEY ("desafioId") REFERENCES "Desafio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitacion" ADD CONSTRAINT "Invitacion_invitadoPorId_fkey" FOREIGN KEY ("invitadoPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
