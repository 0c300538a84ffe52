/*
  Warnings:

  - You are about to drop the column `cronograma` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `formularioCompletoEn` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `metricasPropuestas` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `modeloSostenibilidad` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `presupuestoDetalle` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `teoriaCambio` on the `Postulacion` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[documentoId]` on the table `Convenio` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "Helice" AS ENUM ('ESTADO', 'ACADEMIA', 'EMPRESA', 'SOCIEDAD_CIVIL');

-- CreateEnum
CREATE TYPE "EstadoMentor" AS ENUM ('PENDIENTE', 'APROBADO', 'RECHAZADO');

-- AlterTable
ALTER TABLE "Convenio" ADD COLUMN     "documentoId" TEXT,
ADD COLUMN     "registradoPorId" TEXT,
ADD COLUMN     "responsableEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "responsableNombre" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "responsableRut" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Mentoria" ADD COLUMN     "conflictoDetalle" TEXT,
ADD COLUMN     "recusadaEn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Postulacion" DROP COLUMN "cronograma",
DROP COLUMN "formularioCompletoEn",
DROP COLUMN "metricasPropuestas",
DROP COLUMN "modeloSostenibilidad",
DROP COLUMN "presupuestoDetalle",
DROP COLUMN "teoriaCambio";

-- AlterTable
ALTER TABLE "PuntajeDemoDay" ADD COLUMN     "notas" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "SesionMentoria" ADD COLUMN     "confirmadaEn" TIMESTAMP(3),
ADD COLUMN     "proximosPasos" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registradaEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "MentorPerfil" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "helice" "Helice" NOT NULL,
    "institucion" TEXT NOT NULL DEFAULT '',
    "regionCut" TEXT NOT NULL,
    "experiencia" TEXT NOT NULL,
    "temas" TEXT NOT NULL DEFAULT '[]',
    "horasSemana" INTEGER NOT NULL,
    "maxEquipos" INTEGER NOT NULL DEFAULT 2,
    "estado" "EstadoMentor" NOT NULL DEFAULT 'PENDIENTE',
    "revisadoPorId" TEXT,
    "revisadoEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorPerfil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModuloFormacion" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "clave" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "resumen" TEXT NOT NULL,
    "material" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,

    CONSTRAINT "ModuloFormacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvanceModulo" (
    "id" TEXT NOT NULL,
    "moduloId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "completadoPorId" TEXT NOT NULL,
    "completadoEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AvanceModulo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormularioCompleto" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "contenido" TEXT NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 0,
    "enviadoEn" TIMESTAMP(3),
    "huella" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FormularioCompleto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JuradoDemoDay" (
    "id" TEXT NOT NULL,
    "eventoId" TEXT NOT NULL,
    "juradoId" TEXT NOT NULL,
    "helice" "Helice" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JuradoDemoDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictoJurado" (
    "id" TEXT NOT NULL,
    "eventoId" TEXT NOT NULL,
    "juradoId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "detalle" TEXT NOT NULL,
    "declaradaEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictoJurado_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MentorPerfil_userId_key" ON "MentorPerfil"("userId");

-- CreateIndex
CREATE INDEX "MentorPerfil_estado_idx" ON "MentorPerfil"("estado");

-- CreateIndex
CREATE UNIQUE INDEX "ModuloFormacion_convocatoriaId_clave_key" ON "ModuloFormacion"("convocatoriaId", "clave");

-- CreateIndex
CREATE UNIQUE INDEX "AvanceModulo_moduloId_postulacionId_key" ON "AvanceModulo"("moduloId", "postulacionId");

-- CreateIndex
CREATE UNIQUE INDEX "FormularioCompleto_postulacionId_key" ON "FormularioCompleto"("postulacionId");

-- CreateIndex
CREATE UNIQUE INDEX "JuradoDemoDay_eventoId_juradoId_key" ON "JuradoDemoDay"("eventoId", "juradoId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictoJurado_eventoId_juradoId_postulacionId_key" ON "ConflictoJurado"("eventoId", "juradoId", "postulacionId");

-- CreateIndex
CREATE UNIQUE INDEX "Convenio_documentoId_key" ON "Convenio"("documentoId");

-- AddForeignKey
ALTER TABLE "MentorPerfil" ADD CONSTRAINT "MentorPerfil_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPerfil" ADD CONSTRAINT "MentorPerfil_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region"("cut") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPerfil" ADD CONSTRAINT "MentorPerfil_revisadoPorId_fkey" FOREIGN KEY ("revisadoPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuloFormacion" ADD CONSTRAINT "ModuloFormacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvanceModulo" ADD CONSTRAINT "AvanceModulo_moduloId_fkey" FOREIGN KEY ("moduloId") REFERENCES "ModuloFormacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvanceModulo" ADD CONSTRAINT "AvanceModulo_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormularioCompleto" ADD CONSTRAINT "FormularioCompleto_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JuradoDemoDay" ADD CONSTRAINT "JuradoDemoDay_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JuradoDemoDay" ADD CONSTRAINT "JuradoDemoDay_juradoId_fkey" FOREIGN KEY ("juradoId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictoJurado" ADD CONSTRAINT "ConflictoJurado_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictoJurado" ADD CONSTRAINT "ConflictoJurado_juradoId_fkey" FOREIGN KEY ("juradoId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictoJurado" ADD CONSTRAINT "ConflictoJurado_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convenio" ADD CONSTRAINT "Convenio_documentoId_fkey" FOREIGN KEY ("documentoId") REFERENCES "Adjunto"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convenio" ADD CONSTRAINT "Convenio_registradoPorId_fkey" FOREIGN KEY ("registradoPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
