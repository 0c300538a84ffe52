-- CreateTable
CREATE TABLE "Convocatoria" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "anio" INTEGER NOT NULL,
    "nombre" TEXT NOT NULL,
    "presupuestoTotal" INTEGER NOT NULL,
    "montoMinProyecto" INTEGER NOT NULL,
    "montoMaxProyecto" INTEGER NOT NULL,
    "proyectosObjetivo" INTEGER NOT NULL,
    "pesoTecnico" INTEGER NOT NULL DEFAULT 70,
    "pesoVotacion" INTEGER NOT NULL DEFAULT 10,
    "pesoDemoDay" INTEGER NOT NULL DEFAULT 20,
    "votosPorDesafio" INTEGER NOT NULL DEFAULT 1,
    "evaluadoresPorPerfil" INTEGER NOT NULL DEFAULT 2,
    "etapaActual" TEXT NOT NULL DEFAULT 'DESARROLLO_CONCURSO',
    "activa" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "EtapaCalendario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "etapa" TEXT NOT NULL,
    "inicio" DATETIME NOT NULL,
    "fin" DATETIME NOT NULL,
    CONSTRAINT "EtapaCalendario_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Region" (
    "cut" TEXT NOT NULL PRIMARY KEY,
    "nombre" TEXT NOT NULL,
    "orden" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "GrupoVulnerable" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codigo" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "ministerio" TEXT NOT NULL,
    "mesaNombre" TEXT NOT NULL,
    "mesaUrl" TEXT
);

-- CreateTable
CREATE TABLE "Desafio" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "resumen" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL,
    "grupoVulnerableId" TEXT NOT NULL,
    "alcance" TEXT NOT NULL,
    "regionCut" TEXT,
    "estado" TEXT NOT NULL DEFAULT 'BORRADOR',
    "publicadoEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Desafio_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Desafio_grupoVulnerableId_fkey" FOREIGN KEY ("grupoVulnerableId") REFERENCES "GrupoVulnerable" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Desafio_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region" ("cut") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MetricaLineaBase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "desafioId" TEXT NOT NULL,
    "indicador" TEXT NOT NULL,
    "valor" REAL NOT NULL,
    "unidad" TEXT NOT NULL,
    "fuente" TEXT NOT NULL,
    "fecha" DATETIME NOT NULL,
    "orden" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "MetricaLineaBase_desafioId_fkey" FOREIGN KEY ("desafioId") REFERENCES "Desafio" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LineaPostulacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "nivelMadurez" TEXT NOT NULL,
    "tipoEjecutor" TEXT NOT NULL,
    "habilitada" BOOLEAN NOT NULL DEFAULT false,
    "montoMaximo" INTEGER NOT NULL,
    "adjuntosRequeridos" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "LineaPostulacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "rut" TEXT,
    "rutVerificado" BOOLEAN NOT NULL DEFAULT false,
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "regionCut" TEXT,
    "claveUnicaSub" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region" ("cut") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UserRol" (
    "userId" TEXT NOT NULL,
    "rol" TEXT NOT NULL,
    "otorgadoEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "otorgadoPor" TEXT,

    PRIMARY KEY ("userId", "rol"),
    CONSTRAINT "UserRol_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organizacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nombre" TEXT NOT NULL,
    "rut" TEXT NOT NULL,
    "tipo" TEXT NOT NULL,
    "creadaPorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organizacion_creadaPorId_fkey" FOREIGN KEY ("creadaPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Postulacion" (
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

-- CreateTable
CREATE TABLE "PostulacionRegion" (
    "postulacionId" TEXT NOT NULL,
    "regionCut" TEXT NOT NULL,

    PRIMARY KEY ("postulacionId", "regionCut"),
    CONSTRAINT "PostulacionRegion_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostulacionRegion_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region" ("cut") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Adjunto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT,
    "reporteId" TEXT,
    "subidoPorId" TEXT NOT NULL,
    "categoria" TEXT NOT NULL,
    "nombreArchivo" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "clave" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Adjunto_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Adjunto_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "ReporteAvance" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Adjunto_subidoPorId_fkey" FOREIGN KEY ("subidoPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rubrica" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    CONSTRAINT "Rubrica_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Criterio" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rubricaId" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL,
    "peso" INTEGER NOT NULL,
    "orden" INTEGER NOT NULL,
    CONSTRAINT "Criterio_rubricaId_fkey" FOREIGN KEY ("rubricaId") REFERENCES "Rubrica" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Capacitacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "completadaEn" DATETIME,
    "aprobada" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Capacitacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Capacitacion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AsignacionEvaluacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "evaluadorId" TEXT NOT NULL,
    "asignadaPorId" TEXT,
    "motivo" TEXT NOT NULL DEFAULT 'ORDINARIA',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AsignacionEvaluacion_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AsignacionEvaluacion_evaluadorId_fkey" FOREIGN KEY ("evaluadorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AsignacionEvaluacion_asignadaPorId_fkey" FOREIGN KEY ("asignadaPorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeclaracionConflicto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "asignacionId" TEXT NOT NULL,
    "tieneConflicto" BOOLEAN NOT NULL,
    "detalle" TEXT,
    "declaradaEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeclaracionConflicto_asignacionId_fkey" FOREIGN KEY ("asignacionId") REFERENCES "AsignacionEvaluacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evaluacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "asignacionId" TEXT NOT NULL,
    "comentario" TEXT NOT NULL DEFAULT '',
    "notaFinal" REAL,
    "enviadaEn" DATETIME,
    CONSTRAINT "Evaluacion_asignacionId_fkey" FOREIGN KEY ("asignacionId") REFERENCES "AsignacionEvaluacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Puntaje" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "evaluacionId" TEXT NOT NULL,
    "criterioId" TEXT NOT NULL,
    "nota" REAL NOT NULL,
    CONSTRAINT "Puntaje_evaluacionId_fkey" FOREIGN KEY ("evaluacionId") REFERENCES "Evaluacion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Puntaje_criterioId_fkey" FOREIGN KEY ("criterioId") REFERENCES "Criterio" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Voto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "votanteId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "ambito" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Voto_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Voto_votanteId_fkey" FOREIGN KEY ("votanteId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Voto_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionComite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "fase" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "montoAsignado" INTEGER,
    "fundamento" TEXT NOT NULL,
    "decididaPorId" TEXT NOT NULL,
    "actaId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DecisionComite_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionComite_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionComite_decididaPorId_fkey" FOREIGN KEY ("decididaPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionComite_actaId_fkey" FOREIGN KEY ("actaId") REFERENCES "Acta" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Acta" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convocatoriaId" TEXT NOT NULL,
    "fase" TEXT NOT NULL,
    "numero" INTEGER NOT NULL,
    "contenido" TEXT NOT NULL,
    "firmadaEn" DATETIME,
    "firmadaPorId" TEXT,
    "sha256" TEXT,
    CONSTRAINT "Acta_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Acta_firmadaPorId_fkey" FOREIGN KEY ("firmadaPorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evento" (
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
    "creadoPorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evento_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evento_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region" ("cut") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evento_creadoPorId_fkey" FOREIGN KEY ("creadoPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Inscripcion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventoId" TEXT NOT NULL,
    "userId" TEXT,
    "nombre" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "estado" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Inscripcion_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Inscripcion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Asistencia" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "inscripcionId" TEXT NOT NULL,
    "presente" BOOLEAN NOT NULL,
    "marcadaPorId" TEXT NOT NULL,
    "marcadaEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Asistencia_inscripcionId_fkey" FOREIGN KEY ("inscripcionId") REFERENCES "Inscripcion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Asistencia_marcadaPorId_fkey" FOREIGN KEY ("marcadaPorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mentoria" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Mentoria_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Mentoria_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SesionMentoria" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mentoriaId" TEXT NOT NULL,
    "semana" INTEGER NOT NULL,
    "fecha" DATETIME NOT NULL,
    "temas" TEXT NOT NULL,
    "acuerdos" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "SesionMentoria_mentoriaId_fkey" FOREIGN KEY ("mentoriaId") REFERENCES "Mentoria" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PuntajeDemoDay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "juradoId" TEXT NOT NULL,
    "eventoId" TEXT,
    "nota" REAL NOT NULL,
    "comentario" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PuntajeDemoDay_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PuntajeDemoDay_juradoId_fkey" FOREIGN KEY ("juradoId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PuntajeDemoDay_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Convenio" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "montoAdjudicado" INTEGER NOT NULL,
    "fechaInicio" DATETIME NOT NULL,
    "fechaTermino" DATETIME NOT NULL,
    "documentoSha256" TEXT,
    "firmadoEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Convenio_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Hito" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "convenioId" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL DEFAULT '',
    "vence" DATETIME NOT NULL,
    "cumplidoEn" DATETIME,
    CONSTRAINT "Hito_convenioId_fkey" FOREIGN KEY ("convenioId") REFERENCES "Convenio" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReporteAvance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "hitoId" TEXT,
    "autorId" TEXT NOT NULL,
    "tipo" TEXT NOT NULL,
    "contenido" TEXT NOT NULL,
    "enviadoEn" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReporteAvance_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReporteAvance_hitoId_fkey" FOREIGN KEY ("hitoId") REFERENCES "Hito" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReporteAvance_autorId_fkey" FOREIGN KEY ("autorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sistematizacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postulacionId" TEXT NOT NULL,
    "aprendizajes" TEXT NOT NULL,
    "evidenciaCoproduccion" TEXT NOT NULL,
    "resultadosMetricas" TEXT NOT NULL,
    "recomendacion" TEXT NOT NULL,
    "publicadaEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Sistematizacion_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "accion" TEXT NOT NULL,
    "entidad" TEXT NOT NULL,
    "entidadId" TEXT,
    "etapa" TEXT,
    "datos" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notificacion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "para" TEXT NOT NULL,
    "asunto" TEXT NOT NULL,
    "cuerpo" TEXT NOT NULL,
    "estado" TEXT NOT NULL DEFAULT 'PENDIENTE',
    "intentos" INTEGER NOT NULL DEFAULT 0,
    "proximoIntento" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ultimoError" TEXT,
    "enviadaEn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notificacion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LimiteIntentos" (
    "clave" TEXT NOT NULL PRIMARY KEY,
    "intentos" INTEGER NOT NULL,
    "ventanaFin" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Convocatoria_anio_key" ON "Convocatoria"("anio");

-- CreateIndex
CREATE UNIQUE INDEX "EtapaCalendario_convocatoriaId_etapa_key" ON "EtapaCalendario"("convocatoriaId", "etapa");

-- CreateIndex
CREATE UNIQUE INDEX "Region_nombre_key" ON "Region"("nombre");

-- CreateIndex
CREATE UNIQUE INDEX "Region_orden_key" ON "Region"("orden");

-- CreateIndex
CREATE UNIQUE INDEX "GrupoVulnerable_codigo_key" ON "GrupoVulnerable"("codigo");

-- CreateIndex
CREATE INDEX "Desafio_estado_idx" ON "Desafio"("estado");

-- CreateIndex
CREATE UNIQUE INDEX "Desafio_convocatoriaId_slug_key" ON "Desafio"("convocatoriaId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "LineaPostulacion_convocatoriaId_nivelMadurez_tipoEjecutor_key" ON "LineaPostulacion"("convocatoriaId", "nivelMadurez", "tipoEjecutor");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_rut_key" ON "User"("rut");

-- CreateIndex
CREATE UNIQUE INDEX "User_claveUnicaSub_key" ON "User"("claveUnicaSub");

-- CreateIndex
CREATE UNIQUE INDEX "Organizacion_rut_key" ON "Organizacion"("rut");

-- CreateIndex
CREATE UNIQUE INDEX "Postulacion_slugPublico_key" ON "Postulacion"("slugPublico");

-- CreateIndex
CREATE INDEX "Postulacion_postulanteId_idx" ON "Postulacion"("postulanteId");

-- CreateIndex
CREATE INDEX "Postulacion_estado_idx" ON "Postulacion"("estado");

-- CreateIndex
CREATE UNIQUE INDEX "Postulacion_convocatoriaId_folio_key" ON "Postulacion"("convocatoriaId", "folio");

-- CreateIndex
CREATE UNIQUE INDEX "Postulacion_desafioId_organizacionId_key" ON "Postulacion"("desafioId", "organizacionId");

-- CreateIndex
CREATE UNIQUE INDEX "Adjunto_clave_key" ON "Adjunto"("clave");

-- CreateIndex
CREATE UNIQUE INDEX "Rubrica_convocatoriaId_key" ON "Rubrica"("convocatoriaId");

-- CreateIndex
CREATE UNIQUE INDEX "Capacitacion_convocatoriaId_userId_key" ON "Capacitacion"("convocatoriaId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "AsignacionEvaluacion_postulacionId_evaluadorId_key" ON "AsignacionEvaluacion"("postulacionId", "evaluadorId");

-- CreateIndex
CREATE UNIQUE INDEX "DeclaracionConflicto_asignacionId_key" ON "DeclaracionConflicto"("asignacionId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluacion_asignacionId_key" ON "Evaluacion"("asignacionId");

-- CreateIndex
CREATE UNIQUE INDEX "Puntaje_evaluacionId_criterioId_key" ON "Puntaje"("evaluacionId", "criterioId");

-- CreateIndex
CREATE INDEX "Voto_postulacionId_idx" ON "Voto"("postulacionId");

-- CreateIndex
CREATE UNIQUE INDEX "Voto_votanteId_ambito_key" ON "Voto"("votanteId", "ambito");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionComite_postulacionId_fase_key" ON "DecisionComite"("postulacionId", "fase");

-- CreateIndex
CREATE UNIQUE INDEX "Acta_convocatoriaId_fase_numero_key" ON "Acta"("convocatoriaId", "fase", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "Inscripcion_eventoId_email_key" ON "Inscripcion"("eventoId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Asistencia_inscripcionId_key" ON "Asistencia"("inscripcionId");

-- CreateIndex
CREATE UNIQUE INDEX "Mentoria_postulacionId_mentorId_key" ON "Mentoria"("postulacionId", "mentorId");

-- CreateIndex
CREATE UNIQUE INDEX "SesionMentoria_mentoriaId_semana_key" ON "SesionMentoria"("mentoriaId", "semana");

-- CreateIndex
CREATE UNIQUE INDEX "PuntajeDemoDay_postulacionId_juradoId_key" ON "PuntajeDemoDay"("postulacionId", "juradoId");

-- CreateIndex
CREATE UNIQUE INDEX "Convenio_postulacionId_key" ON "Convenio"("postulacionId");

-- CreateIndex
CREATE UNIQUE INDEX "Sistematizacion_postulacionId_key" ON "Sistematizacion"("postulacionId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_prevHash_key" ON "AuditLog"("prevHash");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_hash_key" ON "AuditLog"("hash");

-- CreateIndex
CREATE INDEX "AuditLog_entidad_entidadId_idx" ON "AuditLog"("entidad", "entidadId");

-- CreateIndex
CREATE INDEX "Notificacion_estado_proximoIntento_idx" ON "Notificacion"("estado", "proximoIntento");
