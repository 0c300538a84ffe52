-- AlterTable
ALTER TABLE "Convocatoria" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EtapaCalendario" ADD COLUMN     "finReal" TIMESTAMP(3),
ADD COLUMN     "inicioReal" TIMESTAMP(3);
