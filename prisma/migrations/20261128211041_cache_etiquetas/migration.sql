-- CreateTable
CREATE TABLE "CacheEtiqueta" (
    "etiqueta" TEXT NOT NULL PRIMARY KEY,
    "expiradaEn" DATETIME,
    "actualizadaEn" DATETIME NOT NULL,
    "instancia" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "CacheEtiqueta_actualizadaEn_idx" ON "CacheEtiqueta"("actualizadaEn");
