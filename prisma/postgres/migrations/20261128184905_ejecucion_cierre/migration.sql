-- CreateEnum
CREATE TYPE "EstadoRevision" AS ENUM ('ENVIADO', 'APROBADO', 'OBSERVADO');

-- CreateEnum
CREATE TYPE "EstadoSistematizacion" AS ENUM ('BORRADOR', 'ENVIADA', 'OBSERVADA', 'APROBADA');

-- CreateEnum
CREATE TYPE "TipoSolicitudDatos" AS ENUM ('ACCESO', 'RECTIFICACION', 'SUPRESION');

-- CreateEnum
CREATE TYPE "EstadoSolicitudDatos" AS ENUM ('PENDIENTE', 'RESUELTA', 'RECHAZADA');

-- CreateEnum
CREATE TYPE "EstadoExportacion" AS ENUM ('PENDIENTE', 'EN_CURSO', 'LISTA', 'FALLIDA');

-- AlterTable
ALTER TABLE "Evento" ADD COLUMN     "material" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Hito" ADD COLUMN     "atrasoAvisadoEn" TIMESTAMP(3),
ADD COLUMN     "orden" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "recordadoEn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReporteAvance" ADD COLUMN     "avance" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "estado" "EstadoRevision" NOT NULL DEFAULT 'ENVIADO',
ADD COLUMN     "revisadoEn" TIMESTAMP(3),
ADD COLUMN     "revisadoPorId" TEXT,
ADD COLUMN     "revisionMotivo" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Sistematizacion" ADD COLUMN     "aprobadaEn" TIMESTAMP(3),
ADD COLUMN     "costos" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "enviadaEn" TIMESTAMP(3),
ADD COLUMN     "estado" "EstadoSistematizacion" NOT NULL DEFAULT 'BORRADOR',
ADD COLUMN     "fundamentoRecomendacion" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "loRealizado" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "revisadoPorId" TEXT,
ADD COLUMN     "revisionMotivo" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "aprendizajes" SET DEFAULT '',
ALTER COLUMN "evidenciaCoproduccion" SET DEFAULT '',
ALTER COLUMN "resultadosMetricas" SET DEFAULT '[]',
ALTER COLUMN "recomendacion" DROP NOT NULL;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "seudonimizadoEn" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NotaSeguimiento" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "autorId" TEXT NOT NULL,
    "texto" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotaSeguimiento_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SolicitudDatos" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tipo" "TipoSolicitudDatos" NOT NULL,
    "detalle" TEXT NOT NULL DEFAULT '',
    "estado" "EstadoSolicitudDatos" NOT NULL DEFAULT 'PENDIENTE',
    "venceEn" TIMESTAMP(3) NOT NULL,
    "respuesta" TEXT NOT NULL DEFAULT '',
    "resueltaPorId" TEXT,
    "resueltaEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SolicitudDatos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exportacion" (
    "id" TEXT NOT NULL,
    "tipo" TEXT NOT NULL,
    "parametros" TEXT NOT NULL DEFAULT '{}',
    "estado" "EstadoExportacion" NOT NULL DEFAULT 'PENDIENTE',
    "avance" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "archivo" BYTEA,
    "mime" TEXT NOT NULL DEFAULT '',
    "nombre" TEXT NOT NULL DEFAULT '',
    "error" TEXT NOT NULL DEFAULT '',
    "solicitadaPorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "terminadaEn" TIMESTAMP(3),

    CONSTRAINT "Exportacion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NotaSeguimiento_postulacionId_idx" ON "NotaSeguimiento"("postulacionId");

-- CreateIndex
CREATE INDEX "SolicitudDatos_estado_idx" ON "SolicitudDatos"("estado");

-- CreateIndex
CREATE INDEX "Exportacion_solicitadaPorId_idx" ON "Exportacion"("solicitadaPorId");

-- AddForeignKey
ALTER TABLE "NotaSeguimiento" ADD CONSTRAINT "NotaSeguimiento_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaSeguimiento" ADD CONSTRAINT "NotaSeguimiento_autorId_fkey" FOREIGN KEY ("autorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolicitudDatos" ADD CONSTRAINT "SolicitudDatos_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
