-- CreateTable
CREATE TABLE "CacheEtiqueta" (
    "etiqueta" TEXT NOT NULL,
    "expiradaEn" TIMESTAMP(3),
    "actualizadaEn" TIMESTAMP(3) NOT NULL,
    "instancia" TEXT NOT NULL,

    CONSTRAINT "CacheEtiqueta_pkey" PRIMARY KEY ("etiqueta")
);

-- CreateIndex
CREATE INDEX "CacheEtiqueta_actualizadaEn_idx" ON "CacheEtiqueta"("actualizadaEn");
