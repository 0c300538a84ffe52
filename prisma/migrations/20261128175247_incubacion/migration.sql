/*
  Warnings:

  - You are about to drop the column `cronograma` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `formularioCompletoEn` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `metricasPropuestas` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `modeloSostenibilidad` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `presupuestoDetalle` on the `Postulacion` table. All the data in the column will be lost.
  - You are about to drop the column `teoriaCambio` on the `Postulacion` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Mentoria" ADD COLUMN "conflictoDetalle" TEXT;
ALTER TABLE "Mentoria" ADD COLUMN "recusadaEn" DATETIME;

-- CreateTable
CREATE TABLE "MentorPerfil" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "helice" TEXT NOT NULL,
    "institucion" TEXT NOT NULL DEFAULT '',
    "regionCut" TEXT NOT NULL,
    "experiencia" TEXT NOT NULL,
    "temas" TEXT NOT NULL DEFAULT '[]',
    "horasSemana" INTEGER NOT NULL,
    "maxEquipos" INTEGER NOT NULL DEFAULT 2,
    "estado" TEXT NOT NULL DEFAULT 'PENDIENTE',
    "revisadoPorId" TEXT,
    "revisadoEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MentorPerfil_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MentorPerfil_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region" ("cut") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MentorPerfil_revisadoPorId_fkey" FOREIGN KEY ("revisadoPorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModuloFormacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "clave" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "resumen" TEXT NOT NULL,
    "material" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,
    CONSTRAINT "ModuloFormacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AvanceModulo" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "moduloId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "completadoPorId" TEXT NOT NULL,
    "completadoEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AvanceModulo_moduloId_fkey" FOREIGN KEY ("moduloId") REFERENCES "ModuloFormacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AvanceModulo_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FormularioCompleto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "contenido" TEXT NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 0,
    "enviadoEn" DATETIME,
    "huella" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FormularioCompleto_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JuradoDemoDay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventoId" TEXT NOT NULL,
    "juradoId" TEXT NOT NULL,
    "helice" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "JuradoDemoDay_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JuradoDemoDay_juradoId_fkey" FOREIGN KEY ("juradoId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConflictoJurado" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventoId" TEXT NOT NULL,
    "juradoId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "detalle" TEXT NOT NULL,
    "declaradaEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConflictoJurado_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConflictoJurado_juradoId_fkey" FOREIGN KEY ("juradoId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConflictoJurado_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Convenio" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "montoAdjudicado" INTEGER NOT NULL,
    "fechaInicio" DATETIME NOT NULL,
    "fechaTermino" DATETIME NOT NULL,
    "responsableNombre" TEXT NOT NULL DEFAULT '',
    "responsableRut" TEXT NOT NULL DEFAULT '',
    "responsableEmail" TEXT NOT NULL DEFAULT '',
    "documentoId" TEXT,
    "documentoSha256" TEXT,
    "firmadoEn" DATETIME,
    "registradoPorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Convenio_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Convenio_documentoId_fkey" FOREIGN KEY ("documentoId") REFERENCES "Adjunto" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Convenio_registradoPorId_fkey" FOREIGN KEY ("registradoPorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Convenio" ("createdAt", "documentoSha256", "fechaInicio", "fechaTermino", "firmadoEn", "id", "montoAdjudicado", "postulacionId") SELECT "createdAt", "documentoSha256", "fechaInicio", "fechaTermino", "firmadoEn", "id", "montoAdjudicado", "postulacionId" FROM "Convenio";
DROP TABLE "Convenio";
ALTER TABLE "new_Convenio" RENAME TO "Convenio";
CREATE UNIQUE INDEX "Convenio_postulacionId_key" ON "Convenio"("postulacionId");
CREATE UNIQUE INDEX "Convenio_documentoId_key" ON "Convenio"("documentoId");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Postulacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_desafioId_fkey" FOREIGN KEY ("desafioId") REFERENCES "Desafio" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_lineaId_fkey" FOREIGN KEY ("lineaId") REFERENCES "LineaPostulacion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_postulanteId_fkey" FOREIGN KEY ("postulanteId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_organizacionId_fkey" FOREIGN KEY ("organizacionId") REFERENCES "Organizacion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Postulacion_admisibilidadPorId_fkey" FOREIGN KEY ("admisibilidadPorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Postulacion" ("admisibilidadEn", "admisibilidadMotivos", "admisibilidadPorId", "admisible", "borradorVersion", "convocatoriaId", "coproduccion", "createdAt", "desafioId", "enviadaEn", "equipo", "estado", "folio", "huella", "id", "lineaId", "montoSolicitado", "nivelMadurez", "nombreProyecto", "organizacionId", "organizacionNombre", "organizacionRut", "postulanteId", "problema", "slugPublico", "solucion", "tipoEjecutor", "updatedAt", "usuarios") SELECT "admisibilidadEn", "admisibilidadMotivos", "admisibilidadPorId", "admisible", "borradorVersion", "convocatoriaId", "coproduccion", "createdAt", "desafioId", "enviadaEn", "equipo", "estado", "folio", "huella", "id", "lineaId", "montoSolicitado", "nivelMadurez", "nombreProyecto", "organizacionId", "organizacionNombre", "organizacionRut", "postulanteId", "problema", "slugPublico", "solucion", "tipoEjecutor", "updatedAt", "usuarios" FROM "Postulacion";
DROP TABLE "Postulacion";
ALTER TABLE "new_Postulacion" RENAME TO "Postulacion";
CREATE UNIQUE INDEX "Postulacion_slugPublico_key" ON "Postulacion"("slugPublico");
CREATE INDEX "Postulacion_postulanteId_idx" ON "Postulacion"("postulanteId");
CREATE INDEX "Postulacion_estado_idx" ON "Postulacion"("estado");
CREATE UNIQUE INDEX "Postulacion_convocatoriaId_folio_key" ON "Postulacion"("convocatoriaId", "folio");
CREATE UNIQUE INDEX "Postulacion_desafioId_organizacionId_key" ON "Postulacion"("desafioId", "organizacionId");
CREATE UNIQUE INDEX "Postulacion_postulanteId_desafioId_key" ON "Postulacion"("postulanteId", "desafioId");
CREATE TABLE "new_PuntajeDemoDay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "juradoId" TEXT NOT NULL,
    "eventoId" TEXT,
    "nota" REAL NOT NULL,
    "notas" TEXT NOT NULL DEFAULT '{}',
    "comentario" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PuntajeDemoDay_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PuntajeDemoDay_juradoId_fkey" FOREIGN KEY ("juradoId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PuntajeDemoDay_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PuntajeDemoDay" ("comentario", "createdAt", "eventoId", "id", "juradoId", "nota", "postulacionId") SELECT "comentario", "createdAt", "eventoId", "id", "juradoId", "nota", "postulacionId" FROM "PuntajeDemoDay";
DROP TABLE "PuntajeDemoDay";
ALTER TABLE "new_PuntajeDemoDay" RENAME TO "PuntajeDemoDay";
CREATE UNIQUE INDEX "PuntajeDemoDay_postulacionId_juradoId_key" ON "PuntajeDemoDay"("postulacionId", "juradoId");
CREATE TABLE "new_SesionMentoria" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mentoriaId" TEXT NOT NULL,
    "semana" INTEGER NOT NULL,
    "fecha" DATETIME NOT NULL,
    "temas" TEXT NOT NULL,
    "acuerdos" TEXT NOT NULL DEFAULT '',
    "proximosPasos" TEXT NOT NULL DEFAULT '',
    "registradaEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmadaEn" DATETIME,
    CONSTRAINT "SesionMentoria_mentoriaId_fkey" FOREIGN KEY ("mentoriaId") REFERENCES "Mentoria" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SesionMentoria" ("acuerdos", "fecha", "id", "mentoriaId", "semana", "temas") SELECT "acuerdos", "fecha", "id", "mentoriaId", "semana", "temas" FROM "SesionMentoria";
DROP TABLE "SesionMentoria";
ALTER TABLE "new_SesionMentoria" RENAME TO "SesionMentoria";
CREATE UNIQUE INDEX "SesionMentoria_mentoriaId_semana_key" ON "SesionMentoria"("mentoriaId", "semana");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
