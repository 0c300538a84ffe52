-- CreateEnum
CREATE TYPE "Etapa" AS ENUM ('DESARROLLO_CONCURSO', 'CONVOCATORIA', 'SELECCION_CONTRATACION', 'FORMACION_INCUBACION', 'EJECUCION', 'CIERRE');

-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('POSTULANTE', 'AFILIADO', 'EVALUADOR', 'ENCARGADO_TECNICO', 'COMITE', 'JURADO', 'MENTOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "AlcanceDesafio" AS ENUM ('REGIONAL', 'NACIONAL');

-- CreateEnum
CREATE TYPE "EstadoDesafio" AS ENUM ('BORRADOR', 'PUBLICADO');

-- CreateEnum
CREATE TYPE "NivelMadurez" AS ENUM ('IDEA_VAGA', 'IDEA_CLARA', 'IDEA_PROTOTIPADA');

-- CreateEnum
CREATE TYPE "TipoEjecutor" AS ENUM ('ORGANISMO_PUBLICO', 'SIN_FINES_DE_LUCRO', 'EMPRESA', 'UNIVERSIDAD', 'PERSONA_NATURAL');

-- CreateEnum
CREATE TYPE "EstadoPostulacion" AS ENUM ('BORRADOR', 'ENVIADA', 'RETIRADA', 'ADMISIBLE', 'INADMISIBLE', 'PRESELECCIONADA', 'NO_PRESELECCIONADA', 'SELECCIONADA', 'NO_SELECCIONADA', 'EN_EJECUCION', 'FINALIZADA');

-- CreateEnum
CREATE TYPE "MotivoAsignacion" AS ENUM ('ORDINARIA', 'TERCERA_REVISION');

-- CreateEnum
CREATE TYPE "FaseComite" AS ENUM ('PRESELECCION', 'SELECCION_FINAL');

-- CreateEnum
CREATE TYPE "DecisionSeleccion" AS ENUM ('SELECCIONADA', 'NO_SELECCIONADA', 'LISTA_ESPERA');

-- CreateEnum
CREATE TYPE "TipoEvento" AS ENUM ('TALLER_REGIONAL', 'TALLER_IDEACION', 'FORMACION', 'DEMO_DAY', 'ENCUENTRO');

-- CreateEnum
CREATE TYPE "EstadoInscripcion" AS ENUM ('CONFIRMADA', 'LISTA_ESPERA', 'CANCELADA');

-- CreateEnum
CREATE TYPE "TipoReporte" AS ENUM ('AVANCE', 'FINAL');

-- CreateEnum
CREATE TYPE "Recomendacion" AS ENUM ('ESCALAR', 'AJUSTAR', 'DESCARTAR');

-- CreateEnum
CREATE TYPE "EstadoNotificacion" AS ENUM ('PENDIENTE', 'ENVIADA', 'FALLIDA');

-- CreateTable
CREATE TABLE "Convocatoria" (
    "id" TEXT NOT NULL,
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
    "etapaActual" "Etapa" NOT NULL DEFAULT 'DESARROLLO_CONCURSO',
    "activa" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Convocatoria_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EtapaCalendario" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "etapa" "Etapa" NOT NULL,
    "inicio" TIMESTAMP(3) NOT NULL,
    "fin" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EtapaCalendario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "cut" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("cut")
);

-- CreateTable
CREATE TABLE "GrupoVulnerable" (
    "id" TEXT NOT NULL,
    "codigo" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "ministerio" TEXT NOT NULL,
    "mesaNombre" TEXT NOT NULL,
    "mesaUrl" TEXT,

    CONSTRAINT "GrupoVulnerable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Desafio" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "resumen" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL,
    "grupoVulnerableId" TEXT NOT NULL,
    "alcance" "AlcanceDesafio" NOT NULL,
    "regionCut" TEXT,
    "estado" "EstadoDesafio" NOT NULL DEFAULT 'BORRADOR',
    "publicadoEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Desafio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricaLineaBase" (
    "id" TEXT NOT NULL,
    "desafioId" TEXT NOT NULL,
    "indicador" TEXT NOT NULL,
    "valor" DOUBLE PRECISION NOT NULL,
    "unidad" TEXT NOT NULL,
    "fuente" TEXT NOT NULL,
    "fecha" TIMESTAMP(3) NOT NULL,
    "orden" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MetricaLineaBase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LineaPostulacion" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "nivelMadurez" "NivelMadurez" NOT NULL,
    "tipoEjecutor" "TipoEjecutor" NOT NULL,
    "habilitada" BOOLEAN NOT NULL DEFAULT false,
    "montoMaximo" INTEGER NOT NULL,
    "adjuntosRequeridos" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "LineaPostulacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "rut" TEXT,
    "rutVerificado" BOOLEAN NOT NULL DEFAULT false,
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "regionCut" TEXT,
    "claveUnicaSub" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRol" (
    "userId" TEXT NOT NULL,
    "rol" "Rol" NOT NULL,
    "otorgadoEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "otorgadoPor" TEXT,

    CONSTRAINT "UserRol_pkey" PRIMARY KEY ("userId","rol")
);

-- CreateTable
CREATE TABLE "Organizacion" (
    "id" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "rut" TEXT NOT NULL,
    "tipo" "TipoEjecutor" NOT NULL,
    "creadaPorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organizacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Postulacion" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "desafioId" TEXT NOT NULL,
    "lineaId" TEXT,
    "postulanteId" TEXT NOT NULL,
    "organizacionId" TEXT,
    "estado" "EstadoPostulacion" NOT NULL DEFAULT 'BORRADOR',
    "nombreProyecto" TEXT NOT NULL DEFAULT '',
    "problema" TEXT NOT NULL DEFAULT '',
    "solucion" TEXT NOT NULL DEFAULT '',
    "usuarios" TEXT NOT NULL DEFAULT '',
    "coproduccion" TEXT NOT NULL DEFAULT '',
    "equipo" TEXT NOT NULL DEFAULT '',
    "nivelMadurez" "NivelMadurez",
    "montoSolicitado" INTEGER,
    "borradorVersion" INTEGER NOT NULL DEFAULT 0,
    "folio" INTEGER,
    "huella" TEXT,
    "enviadaEn" TIMESTAMP(3),
    "slugPublico" TEXT,
    "admisible" BOOLEAN,
    "admisibilidadMotivos" TEXT,
    "admisibilidadPorId" TEXT,
    "admisibilidadEn" TIMESTAMP(3),
    "teoriaCambio" TEXT,
    "modeloSostenibilidad" TEXT,
    "metricasPropuestas" TEXT,
    "presupuestoDetalle" TEXT,
    "cronograma" TEXT,
    "formularioCompletoEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Postulacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostulacionRegion" (
    "postulacionId" TEXT NOT NULL,
    "regionCut" TEXT NOT NULL,

    CONSTRAINT "PostulacionRegion_pkey" PRIMARY KEY ("postulacionId","regionCut")
);

-- CreateTable
CREATE TABLE "Adjunto" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT,
    "reporteId" TEXT,
    "subidoPorId" TEXT NOT NULL,
    "categoria" TEXT NOT NULL,
    "nombreArchivo" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "clave" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Adjunto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rubrica" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,

    CONSTRAINT "Rubrica_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterio" (
    "id" TEXT NOT NULL,
    "rubricaId" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL,
    "peso" INTEGER NOT NULL,
    "orden" INTEGER NOT NULL,

    CONSTRAINT "Criterio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Capacitacion" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "completadaEn" TIMESTAMP(3),
    "aprobada" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Capacitacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AsignacionEvaluacion" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "evaluadorId" TEXT NOT NULL,
    "asignadaPorId" TEXT,
    "motivo" "MotivoAsignacion" NOT NULL DEFAULT 'ORDINARIA',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AsignacionEvaluacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclaracionConflicto" (
    "id" TEXT NOT NULL,
    "asignacionId" TEXT NOT NULL,
    "tieneConflicto" BOOLEAN NOT NULL,
    "detalle" TEXT,
    "declaradaEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeclaracionConflicto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluacion" (
    "id" TEXT NOT NULL,
    "asignacionId" TEXT NOT NULL,
    "comentario" TEXT NOT NULL DEFAULT '',
    "notaFinal" DOUBLE PRECISION,
    "enviadaEn" TIMESTAMP(3),

    CONSTRAINT "Evaluacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Puntaje" (
    "id" TEXT NOT NULL,
    "evaluacionId" TEXT NOT NULL,
    "criterioId" TEXT NOT NULL,
    "nota" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Puntaje_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Voto" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "votanteId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "ambito" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Voto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionComite" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "fase" "FaseComite" NOT NULL,
    "decision" "DecisionSeleccion" NOT NULL,
    "montoAsignado" INTEGER,
    "fundamento" TEXT NOT NULL,
    "decididaPorId" TEXT NOT NULL,
    "actaId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionComite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acta" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "fase" "FaseComite" NOT NULL,
    "numero" INTEGER NOT NULL,
    "contenido" TEXT NOT NULL,
    "firmadaEn" TIMESTAMP(3),
    "firmadaPorId" TEXT,
    "sha256" TEXT,

    CONSTRAINT "Acta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evento" (
    "id" TEXT NOT NULL,
    "convocatoriaId" TEXT NOT NULL,
    "tipo" "TipoEvento" NOT NULL,
    "titulo" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL DEFAULT '',
    "regionCut" TEXT,
    "inicio" TIMESTAMP(3) NOT NULL,
    "fin" TIMESTAMP(3),
    "lugar" TEXT,
    "enlace" TEXT,
    "capacidad" INTEGER NOT NULL,
    "creadoPorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evento_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inscripcion" (
    "id" TEXT NOT NULL,
    "eventoId" TEXT NOT NULL,
    "userId" TEXT,
    "nombre" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "estado" "EstadoInscripcion" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inscripcion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Asistencia" (
    "id" TEXT NOT NULL,
    "inscripcionId" TEXT NOT NULL,
    "presente" BOOLEAN NOT NULL,
    "marcadaPorId" TEXT NOT NULL,
    "marcadaEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Asistencia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mentoria" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mentoria_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SesionMentoria" (
    "id" TEXT NOT NULL,
    "mentoriaId" TEXT NOT NULL,
    "semana" INTEGER NOT NULL,
    "fecha" TIMESTAMP(3) NOT NULL,
    "temas" TEXT NOT NULL,
    "acuerdos" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "SesionMentoria_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PuntajeDemoDay" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "juradoId" TEXT NOT NULL,
    "eventoId" TEXT,
    "nota" DOUBLE PRECISION NOT NULL,
    "comentario" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PuntajeDemoDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Convenio" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "montoAdjudicado" INTEGER NOT NULL,
    "fechaInicio" TIMESTAMP(3) NOT NULL,
    "fechaTermino" TIMESTAMP(3) NOT NULL,
    "documentoSha256" TEXT,
    "firmadoEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Convenio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hito" (
    "id" TEXT NOT NULL,
    "convenioId" TEXT NOT NULL,
    "titulo" TEXT NOT NULL,
    "descripcion" TEXT NOT NULL DEFAULT '',
    "vence" TIMESTAMP(3) NOT NULL,
    "cumplidoEn" TIMESTAMP(3),

    CONSTRAINT "Hito_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReporteAvance" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "hitoId" TEXT,
    "autorId" TEXT NOT NULL,
    "tipo" "TipoReporte" NOT NULL,
    "contenido" TEXT NOT NULL,
    "enviadoEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReporteAvance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sistematizacion" (
    "id" TEXT NOT NULL,
    "postulacionId" TEXT NOT NULL,
    "aprendizajes" TEXT NOT NULL,
    "evidenciaCoproduccion" TEXT NOT NULL,
    "resultadosMetricas" TEXT NOT NULL,
    "recomendacion" "Recomendacion" NOT NULL,
    "publicadaEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sistematizacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "accion" TEXT NOT NULL,
    "entidad" TEXT NOT NULL,
    "entidadId" TEXT,
    "etapa" "Etapa",
    "datos" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notificacion" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "para" TEXT NOT NULL,
    "asunto" TEXT NOT NULL,
    "cuerpo" TEXT NOT NULL,
    "estado" "EstadoNotificacion" NOT NULL DEFAULT 'PENDIENTE',
    "intentos" INTEGER NOT NULL DEFAULT 0,
    "proximoIntento" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ultimoError" TEXT,
    "enviadaEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notificacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LimiteIntentos" (
    "clave" TEXT NOT NULL,
    "intentos" INTEGER NOT NULL,
    "ventanaFin" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LimiteIntentos_pkey" PRIMARY KEY ("clave")
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

-- AddForeignKey
ALTER TABLE "EtapaCalendario" ADD CONSTRAINT "EtapaCalendario_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Desafio" ADD CONSTRAINT "Desafio_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Desafio" ADD CONSTRAINT "Desafio_grupoVulnerableId_fkey" FOREIGN KEY ("grupoVulnerableId") REFERENCES "GrupoVulnerable"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Desafio" ADD CONSTRAINT "Desafio_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region"("cut") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricaLineaBase" ADD CONSTRAINT "MetricaLineaBase_desafioId_fkey" FOREIGN KEY ("desafioId") REFERENCES "Desafio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineaPostulacion" ADD CONSTRAINT "LineaPostulacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region"("cut") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRol" ADD CONSTRAINT "UserRol_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organizacion" ADD CONSTRAINT "Organizacion_creadaPorId_fkey" FOREIGN KEY ("creadaPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postulacion" ADD CONSTRAINT "Postulacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postulacion" ADD CONSTRAINT "Postulacion_desafioId_fkey" FOREIGN KEY ("desafioId") REFERENCES "Desafio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postulacion" ADD CONSTRAINT "Postulacion_lineaId_fkey" FOREIGN KEY ("lineaId") REFERENCES "LineaPostulacion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postulacion" ADD CONSTRAINT "Postulacion_postulanteId_fkey" FOREIGN KEY ("postulanteId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postulacion" ADD CONSTRAINT "Postulacion_organizacionId_fkey" FOREIGN KEY ("organizacionId") REFERENCES "Organizacion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postulacion" ADD CONSTRAINT "Postulacion_admisibilidadPorId_fkey" FOREIGN KEY ("admisibilidadPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostulacionRegion" ADD CONSTRAINT "PostulacionRegion_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostulacionRegion" ADD CONSTRAINT "PostulacionRegion_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region"("cut") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adjunto" ADD CONSTRAINT "Adjunto_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adjunto" ADD CONSTRAINT "Adjunto_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "ReporteAvance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adjunto" ADD CONSTRAINT "Adjunto_subidoPorId_fkey" FOREIGN KEY ("subidoPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rubrica" ADD CONSTRAINT "Rubrica_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterio" ADD CONSTRAINT "Criterio_rubricaId_fkey" FOREIGN KEY ("rubricaId") REFERENCES "Rubrica"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capacitacion" ADD CONSTRAINT "Capacitacion_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capacitacion" ADD CONSTRAINT "Capacitacion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AsignacionEvaluacion" ADD CONSTRAINT "AsignacionEvaluacion_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AsignacionEvaluacion" ADD CONSTRAINT "AsignacionEvaluacion_evaluadorId_fkey" FOREIGN KEY ("evaluadorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AsignacionEvaluacion" ADD CONSTRAINT "AsignacionEvaluacion_asignadaPorId_fkey" FOREIGN KEY ("asignadaPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclaracionConflicto" ADD CONSTRAINT "DeclaracionConflicto_asignacionId_fkey" FOREIGN KEY ("asignacionId") REFERENCES "AsignacionEvaluacion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluacion" ADD CONSTRAINT "Evaluacion_asignacionId_fkey" FOREIGN KEY ("asignacionId") REFERENCES "AsignacionEvaluacion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Puntaje" ADD CONSTRAINT "Puntaje_evaluacionId_fkey" FOREIGN KEY ("evaluacionId") REFERENCES "Evaluacion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Puntaje" ADD CONSTRAINT "Puntaje_criterioId_fkey" FOREIGN KEY ("criterioId") REFERENCES "Criterio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voto" ADD CONSTRAINT "Voto_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voto" ADD CONSTRAINT "Voto_votanteId_fkey" FOREIGN KEY ("votanteId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voto" ADD CONSTRAINT "Voto_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionComite" ADD CONSTRAINT "DecisionComite_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionComite" ADD CONSTRAINT "DecisionComite_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionComite" ADD CONSTRAINT "DecisionComite_decididaPorId_fkey" FOREIGN KEY ("decididaPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionComite" ADD CONSTRAINT "DecisionComite_actaId_fkey" FOREIGN KEY ("actaId") REFERENCES "Acta"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acta" ADD CONSTRAINT "Acta_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acta" ADD CONSTRAINT "Acta_firmadaPorId_fkey" FOREIGN KEY ("firmadaPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evento" ADD CONSTRAINT "Evento_convocatoriaId_fkey" FOREIGN KEY ("convocatoriaId") REFERENCES "Convocatoria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evento" ADD CONSTRAINT "Evento_regionCut_fkey" FOREIGN KEY ("regionCut") REFERENCES "Region"("cut") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evento" ADD CONSTRAINT "Evento_creadoPorId_fkey" FOREIGN KEY ("creadoPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inscripcion" ADD CONSTRAINT "Inscripcion_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inscripcion" ADD CONSTRAINT "Inscripcion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asistencia" ADD CONSTRAINT "Asistencia_inscripcionId_fkey" FOREIGN KEY ("inscripcionId") REFERENCES "Inscripcion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asistencia" ADD CONSTRAINT "Asistencia_marcadaPorId_fkey" FOREIGN KEY ("marcadaPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentoria" ADD CONSTRAINT "Mentoria_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentoria" ADD CONSTRAINT "Mentoria_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SesionMentoria" ADD CONSTRAINT "SesionMentoria_mentoriaId_fkey" FOREIGN KEY ("mentoriaId") REFERENCES "Mentoria"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PuntajeDemoDay" ADD CONSTRAINT "PuntajeDemoDay_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PuntajeDemoDay" ADD CONSTRAINT "PuntajeDemoDay_juradoId_fkey" FOREIGN KEY ("juradoId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PuntajeDemoDay" ADD CONSTRAINT "PuntajeDemoDay_eventoId_fkey" FOREIGN KEY ("eventoId") REFERENCES "Evento"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convenio" ADD CONSTRAINT "Convenio_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hito" ADD CONSTRAINT "Hito_convenioId_fkey" FOREIGN KEY ("convenioId") REFERENCES "Convenio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteAvance" ADD CONSTRAINT "ReporteAvance_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteAvance" ADD CONSTRAINT "ReporteAvance_hitoId_fkey" FOREIGN KEY ("hitoId") REFERENCES "Hito"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteAvance" ADD CONSTRAINT "ReporteAvance_autorId_fkey" FOREIGN KEY ("autorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sistematizacion" ADD CONSTRAINT "Sistematizacion_postulacionId_fkey" FOREIGN KEY ("postulacionId") REFERENCES "Postulacion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notificacion" ADD CONSTRAINT "Notificacion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
