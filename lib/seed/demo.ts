// Seeds the demo convocatoria. Idempotent, and it never writes over real data: it only runs on a
// database with no convocatoria and no users.
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { appendAudit } from "@/lib/audit/log";
import { ETAPAS, type Etapa } from "@/lib/domain/etapas";
import { instanteEnSantiago, aFechaInput } from "@/lib/domain/formato";
import { REGIONES } from "@/lib/domain/regiones";
import { calcularDv } from "@/lib/domain/rut";
import { CLAVE_DEMO, CONVOCATORIA_2019, CUENTAS_DEMO, DESAFIOS, GRUPOS, RUBRICA } from "./datos-2019";

export type ResultadoSiembra = { sembrado: boolean; motivo: string };

/** Regions are reference data: always present, on any database. */
export async function sembrarRegiones(db: Db) {
  for (const [orden, r] of REGIONES.entries()) {
    await db.region.upsert({ where: { cut: r.cut }, create: { ...r, orden }, update: { nombre: r.nombre, orden } });
  }
}

/** Demo calendar: weeks from the seeding day, in the proportions of the 2019 calendar (Mar → Mar). */
export function calendarioDemo(hoy = new Date()): Record<Etapa, { inicio: Date; fin: Date }> {
  const semanas: Record<Etapa, number> = {
    DESARROLLO_CONCURSO: 8,
    CONVOCATORIA: 4,
    SELECCION_CONTRATACION: 8,
    FORMACION_INCUBACION: 4,
    EJECUCION: 26,
    CIERRE: 4,
  };
  const out = {} as Record<Etapa, { inicio: Date; fin: Date }>;
  let cursor = instanteEnSantiago(aFechaInput(new Date(hoy.getTime() - 7 * 86_400_000)));
  for (const e of ETAPAS) {
    const finDia = new Date(cursor.getTime() + (semanas[e] * 7 - 1) * 86_400_000);
    out[e] = { inicio: cursor, fin: instanteEnSantiago(aFechaInput(finDia), "23:59:59") };
    cursor = instanteEnSantiago(aFechaInput(new Date(finDia.getTime() + 86_400_000)));
  }
  return out;
}

export async function sembrarDemo(db: Db): Promise<ResultadoSiembra> {
  await sembrarRegiones(db);
  const [convocatorias, usuarios] = await Promise.all([db.convocatoria.count(), db.user.count()]);
  if (convocatorias > 0 || usuarios > 0) return { sembrado: false, motivo: "La base ya tiene datos: no se siembra la demostración." };

  const hashes = await hashPassword(CLAVE_DEMO);
  await db.$transaction(
    async (tx) => {
      const grupos = new Map<string, string>();
      for (const g of GRUPOS) {
        const creado = await tx.grupoVulnerable.create({ data: { ...g } });
        grupos.set(g.codigo, creado.id);
      }
      const conv = await tx.convocatoria.create({ data: { ...CONVOCATORIA_2019, etapaActual: "DESARROLLO_CONCURSO" } });
      const cal = calendarioDemo();
      for (const e of ETAPAS) await tx.etapaCalendario.create({ data: { convocatoriaId: conv.id, etapa: e, ...cal[e] } });
      for (const d of DESAFIOS) {
        await tx.desafio.create({
          data: {
            convocatoriaId: conv.id,
            slug: d.slug,
            titulo: d.titulo,
            resumen: d.resumen,
            descripcion: d.descripcion,
            grupoVulnerableId: grupos.get(d.grupo)!,
            alcance: d.alcance,
            regionCut: d.regionCut ?? null,
            estado: "PUBLICADO",
            publicadoEn: new Date(),
            metricas: { create: d.metricas.map((m, orden) => ({ ...m, fecha: instanteEnSantiago(m.fecha, "12:00:00"), orden })) },
          },
        });
      }
      // Líneas: every cell of maturity × executor, with a maximum inside the 20–30 MM band.
      const niveles = ["IDEA_VAGA", "IDEA_CLARA", "IDEA_PROTOTIPADA"] as const;
      const tipos = ["ORGANISMO_PUBLICO", "SIN_FINES_DE_LUCRO", "EMPRESA", "UNIVERSIDAD", "PERSONA_NATURAL"] as const;
      for (const [i, nivel] of niveles.entries()) {
        for (const tipo of tipos) {
          await tx.lineaPostulacion.create({
            data: {
              convocatoriaId: conv.id,
              nivelMadurez: nivel,
              tipoEjecutor: tipo,
              habilitada: !(tipo === "PERSONA_NATURAL" && nivel === "IDEA_VAGA"),
              montoMaximo: [20_000_000, 25_000_000, 30_000_000][i],
              adjuntosRequeridos: JSON.stringify(tipo === "PERSONA_NATURAL" ? ["CEDULA"] : ["ESTATUTOS", "CERTIFICADO_VIGENCIA"]),
            },
          });
        }
      }
      await tx.rubrica.create({
        data: { convocatoriaId: conv.id, nombre: RUBRICA.nombre, criterios: { create: RUBRICA.criterios.map((c, orden) => ({ ...c, orden })) } },
      });
      for (const c of CUENTAS_DEMO) {
        await tx.user.create({
          data: {
            email: c.email,
            nombre: c.nombre,
            rut: `${c.rutCuerpo}-${calcularDv(c.rutCuerpo)}`,
            rutVerificado: c.roles.includes("AFILIADO"),
            passwordHash: hashes,
            regionCut: c.regionCut ?? null,
            roles: { create: c.roles.map((rol) => ({ rol })) },
          },
        });
      }
      await appendAudit(tx, { actorId: null, accion: "sistema.sembrarDemo", entidad: "Convocatoria", entidadId: conv.id, etapa: "DESARROLLO_CONCURSO", datos: { desafios: DESAFIOS.length } });
    },
    { timeout: 60_000 },
  );
  return { sembrado: true, motivo: "Datos de demostración de Fondo IDEA 2019 sembrados." };
}
