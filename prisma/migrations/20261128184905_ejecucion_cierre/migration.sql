-- AlterTable
ALTER TABLE "User" ADD COLUMN "seudonimizadoEn" DATETIME;

-- CreateTable
CREATE TABLE "NotaSeguimiento" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "autorId" TEXT NOT NULL,
    "texto" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NotaSeguimiento_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "NotaSeguimiento_autorId_fkey" FOREIGN KEY ("autorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SolicitudDatos" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "tipo" TEXT NOT NULL,
    "detalle" TEXT NOT NULL DEFAULT '',
    "estado" TEXT NOT NULL DEFAULT 'PENDIENTE',
    "venceEn" DATETIME NOT NULL,
    "respuesta" TEXT NOT NULL DEFAULT '',
    "resueltaPorId" TEXT,
    "resueltaEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SolicitudDatos_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Exportacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tipo" TEXT NOT NULL,
    "parametros" TEXT NOT NULL DEFAULT '{}',
    "estado" TEXT NOT NULL DEFAULT 'PENDIENTE',
    "avance" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "archivo" BLOB,
    "mime" TEXT NOT NULL DEFAULT '',
    "nombre" TEXT NOT NULL DEFAULT '',
    "error" TEXT NOT NULL DEFAULT '',
    "solicitadaPorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "terminadaEn" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evento" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "tipo" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL DEFAULT '',
    "regionCut" TEXT,
    "inicio" DATETIME NOT NULL,
    "fin" DATETIME,
    "lugar" TEXT,
    "enlace" TEXT,
    "capacidad" INTEGER NOT NULL,
    "cuposOcupados" INTEGER NOT NULL DEFAULT 0,
    "material" TEXT NOT NULL DEFAULT '',
    "creadoPorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evento_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evento_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region" ("cut") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evento_creadoPorId_fkey" FOREIGN KEY ("creadoPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Evento" ("capacidad", "convocatoriaId", "creadoPorId", "createdAt", "cuposOcupados", "descripcion", "enlace", "fin", "id", "inicio", "lugar", "regionCut", "tipo", "titulo") SELECT "capacidad", "convocatoriaId", "creadoPorId", "createdAt", "cuposOcupados", "descripcion", "enlace", "fin", "id", "inicio", "lugar", "regionCut", "tipo", "titulo" FROM "Evento";
DROP TABLE "Evento";
ALTER TABLE "new_Evento" RENAME TO "Evento";
CREATE TABLE "new_Hito" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convenioId" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL DEFAULT '',
    "orden" INTEGER NOT NULL DEFAULT 0,
    "vence" DATETIME NOT NULL,
    "cumplidoEn" DATETIME,
    "recordadoEn" DATETIME,
    "atrasoAvisadoEn" DATETIME,
    CONSTRAINT "Hito_convenioId_fkey" FOREIGN KEY ("convenioId") REFERENCES "Convenio" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Hito" ("convenioId", "cumplidoEn", "descripcion", "id", "titulo", "vence") SELECT "convenioId", "cumplidoEn", "descripcion", "id", "titulo", "vence" FROM "Hito";
DROP TABLE "Hito";
ALTER TABLE "new_Hito" RENAME TO "Hito";
CREATE TABLE "new_ReporteAvance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "hitoId" TEXT,
    "autorId" TEXT NOT NULL,
    "tipo" TEXT NOT NULL,
    "contenido" TEXT NOT NULL,
    "avance" INTEGER NOT NULL DEFAULT 0,
    "enviadoEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "estado" TEXT NOT NULL DEFAULT 'ENVIADO',
    "revisionMotivo" TEXT NOT NULL DEFAULT '',
    "revisadoPorId" TEXT,
    "revisadoEn" DATETIME,
    CONSTRAINT "ReporteAvance_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReporteAvance_hitoId_fkey" FOREIGN KEY ("hitoId") REFERENCES "Hito" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReporteAvance_autorId_fkey" FOREIGN KEY ("autorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReporteAvance" ("autorId", "contenido", "enviadoEn", "hitoId", "id", "postulacionId", "tipo") SELECT "autorId", "contenido", "enviadoEn", "hitoId", "id", "postulacionId", "tipo" FROM "ReporteAvance";
DROP TABLE "ReporteAvance";
ALTER TABLE "new_ReporteAvance" RENAME TO "ReporteAvance";
CREATE TABLE "new_Sistematizacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "loRealizado" TEXT NOT NULL DEFAULT '',
    "aprendizajes" TEXT NOT NULL DEFAULT '',
    "evidenciaCoproduccion" TEXT NOT NULL DEFAULT '',
    "resultadosMetricas" TEXT NOT NULL DEFAULT '[]',
    "costos" TEXT NOT NULL DEFAULT '[]',
    "recomendacion" TEXT,
    "fundamentoRecomendacion" TEXT NOT NULL DEFAULT '',
    "estado" TEXT NOT NULL DEFAULT 'BORRADOR',
    "version" INTEGER NOT NULL DEFAULT 0,
    "enviadaEn" DATETIME,
    "revisionMotivo" TEXT NOT NULL DEFAULT '',
    "revisadoPorId" TEXT,
    "aprobadaEn" DATETIME,
    "publicadaEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Sistematizacion_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Sistematizacion" ("aprendizajes", "createdAt", "evidenciaCoproduccion", "id", "postulacionId", "publicadaEn", "recomendacion", "resultadosMetricas") SELECT "aprendizajes", "createdAt", "evidenciaCoproduccion", "id", "postulacionId", "publicadaEn", "recomendacion", "resultadosMetricas" FROM "Sistematizacion";
DROP TABLE "Sistematizacion";
ALTER TABLE "new_Sistematizacion" RENAME TO "Sistematizacion";
CREATE UNIQUE INDEX "Sistematizacion_postulacionId_key" ON "Sistematizacion"("postulacionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "NotaSeguimiento_postulacionId_idx" ON "NotaSeguimiento"("postulacionId");

-- CreateIndex
CREATE INDEX "SolicitudDatos_estado_idx" ON "SolicitudDatos"("estado");

-- CreateIndex
CREATE INDEX "Exportacion_solicitadaPorId_idx" ON "Exportacion"("solicitadaPorId");
