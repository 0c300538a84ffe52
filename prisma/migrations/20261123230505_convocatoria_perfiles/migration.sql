-- AlterTable
ALTER TABLE "Notificacion" ADD COLUMN "reservadaHasta" DATETIME;

-- CreateTable
CREATE TABLE "Invitacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "nombre" TEXT NOT NULL DEFAULT '',
    "desafioId" TEXT NOT NULL,
    "invitadoPorId" TEXT NOT NULL,
    "mensaje" TEXT NOT NULL DEFAULT '',
    "expiraEn" DATETIME NOT NULL,
    "abiertaEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitacion_desafioId_fkey" FOREIGN KEY ("desafioId") REFERENCES "Desafio" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invitacion_invitadoPorId_fkey" FOREIGN KEY ("invitadoPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
    "creadoPorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evento_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evento_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region" ("cut") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evento_creadoPorId_fkey" FOREIGN KEY ("creadoPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Evento" ("capacidad", "convocatoriaId", "creadoPorId", "createdAt", "descripcion", "enlace", "fin", "id", "inicio", "lugar", "regionCut", "tipo", "titulo") SELECT "capacidad", "convocatoriaId", "creadoPorId", "createdAt", "descripcion", "enlace", "fin", "id", "inicio", "lugar", "regionCut", "tipo", "titulo" FROM "Evento";
DROP TABLE "Evento";
ALTER TABLE "new_Evento" RENAME TO "Evento";
CREATE TABLE "new_Postulacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "desafioId" TEXT NOT NULL,
    "lineaId" TEXT,
    "postulanteId" TEXT NOT NULL,
    "organizacionId" TEXT,
    "estado" TEXT NOT NULL DEFAULT 'BORRADOR',
    "nombreProyecto" TEXT NOT NULL DEFAULT '',
    "problema" TEXT NOT NULL DEFAULT '',
    "solucion" TEXT NOT NULL DEFAULT '',
    "usuarios" TEXT NOT NULL DEFAULT '',
    "coproduccion" TEXT NOT NULL DEFAULT '',
    "equipo" TEXT NOT NULL DEFAULT '',
    "nivelMadurez" TEXT,
    "tipoEjecutor" TEXT,
    "organizacionNombre" TEXT NOT NULL DEFAULT '',
    "organizacionRut" TEXT NOT NULL DEFAULT '',
    "montoSolicitado" INTEGER,
    "borradorVersion" INTEGER NOT NULL DEFAULT 0,
    "folio" INTEGER,
    "huella" TEXT,
    "enviadaEn" DATETIME,
    "slugPublico" TEXT,
    "admisible" BOOLEAN,
    "admisibilidadMotivos" TEXT,
    "admisibilidadPorId" TEXT,
    "admisibilidadEn" DATETIME,
    "teoriaCambio" TEXT,
    "modeloSostenibilidad" TEXT,
    "metricasPropuestas" TEXT,
    "presupuestoDetalle" TEXT,
    "cronograma" TEXT,
    "formularioCompletoEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Postulacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_desafioId_fkey" FOREIGN KEY ("desafioId") REFERENCES "Desafio" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_lineaId_fkey" FOREIGN KEY ("lineaId") REFERENCES "LineaPostulacion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_postulanteId_fkey" FOREIGN KEY ("postulanteId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_organizacionId_fkey" FOREIGN KEY ("organizacionId") REFERENCES "Organizacion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_admisibilidadPorId_fkey" FOREIGN KEY ("admisibilidadPorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Postulacion" ("admisibilidadEn", "admisibilidadMotivos", "admisibilidadPorId", "admisible", "borradorVersion", "convocatoriaId", "coproduccion", "createdAt", "cronograma", "desafioId", "enviadaEn", "equipo", "estado", "folio", "formularioCompletoEn", "huella", "id", "lineaId", "metricasPropuestas", "modeloSostenibilidad", "montoSolicitado", "nivelMadurez", "nombreProyecto", "organizacionId", "postulanteId", "presupuestoDetalle", "problema", "slugPublico", "solucion", "teoriaCambio", "updatedAt", "usuarios") SELECT "admisibilidadEn", "admisibilidadMotivos", "admisibilidadPorId", "admisible", "borradorVersion", "convocatoriaId", "coproduccion", "createdAt", "cronograma", "desafioId", "enviadaEn", "equipo", "estado", "folio", "formularioCompletoEn", "huella", "id", "lineaId", "metricasPropuestas", "modeloSostenibilidad", "montoSolicitado", "nivelMadurez", "nombreProyecto", "organizacionId", "postulanteId", "presupuestoDetalle", "problema", "slugPublico", "solucion", "teoriaCambio", "updatedAt", "usuarios" FROM "Postulacion";
DROP TABLE "Postulacion";
ALTER TABLE "new_Postulacion" RENAME TO "Postulacion";
CREATE UNIQUE INDEX "Postulacion_slugPublico_key" ON "Postulacion"("slugPublico");
CREATE INDEX "Postulacion_postulanteId_idx" ON "Postulacion"("postulanteId");
CREATE INDEX "Postulacion_estado_idx" ON "Postulacion"("estado");
CREATE UNIQUE INDEX "Postulacion_convocatoriaId_folio_key" ON "Postulacion"("convocatoriaId", "folio");
CREATE UNIQUE INDEX "Postulacion_desafioId_organizacionId_key" ON "Postulacion"("desafioId", "organizacionId");
CREATE UNIQUE INDEX "Postulacion_postulanteId_desafioId_key" ON "Postulacion"("postulanteId", "desafioId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Invitacion_convocatoriaId_idx" ON "Invitacion"("convocatoriaId");
