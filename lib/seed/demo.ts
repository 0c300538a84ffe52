// Seeds the demo convocatoria (marked `demo`). Idempotent, and it never writes over real data: it only
// runs on a database with no convocatoria and no users. `npm run demo` (lib/seed/avance-demo.ts) then
// brings it to a later etapa with synthetic data.
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { appendAudit } from "@/lib/audit/log";
import { ETAPAS } from "@/lib/domain/etapas";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { REGIONES } from "@/lib/domain/regiones";
import { calcularDv } from "@/lib/domain/rut";
import { CRITERIOS_POR_DEFECTO } from "@/lib/domain/rubrica";
import { CIFRAS_2019, CLAVE_DEMO, CUENTAS_DEMO, DESAFIOS, GRUPOS, LINEAS_2019 } from "./datos-2019";
import { REFERENCIAS_CALIBRACION } from "./datos-evaluacion";
import { lineaDeTiempoDemo, nombreConvocatoriaDemo } from "./linea-de-tiempo";

export type ResultadoSiembra = { sembrado: boolean; motivo: string };

/** Regions are reference data: always present, on any database. */
export async function sembrarRegiones(db: Db) {
  for (const [orden, r] of REGIONES.entries()) {
    await db.region.upsert({ where: { cut: r.cut }, create: { ...r, orden }, update: { nombre: r.nombre, orden } });
  }
}

/** An empty database: no convocatoria and no account (regions are reference data and do not count). */
export async function baseVacia(db: Db): Promise<boolean> {
  const [convocatorias, usuarios] = await Promise.all([db.convocatoria.count(), db.user.count()]);
  return convocatorias === 0 && usuarios === 0;
}

export async function sembrarDemo(db: Db, hoy = new Date()): Promise<ResultadoSiembra> {
  await sembrarRegiones(db);
  if (!(await baseVacia(db))) return { sembrado: false, motivo: "La base ya tiene datos: no se siembra la demostración." };

  const hashes = await hashPassword(CLAVE_DEMO);
  // Dates from the seeding day: etapa 1 started a week ago (lib/seed/linea-de-tiempo.ts).
  const linea = lineaDeTiempoDemo("DESARROLLO_CONCURSO", hoy);
  await db.$transaction(
    async (tx) => {
      const grupos = new Map<string, string>();
      for (const g of GRUPOS) {
        const creado = await tx.grupoVulnerable.create({ data: { ...g } });
        grupos.set(g.codigo, creado.id);
      }
      // The 2019 figures, named for the year its calendar runs in; `demo` lets `npm run demo` rewrite it.
      const conv = await tx.convocatoria.create({
        data: { ...CIFRAS_2019, anio: linea.anio, nombre: nombreConvocatoriaDemo(linea.anio), demo: true, etapaActual: "DESARROLLO_CONCURSO" },
      });
      for (const e of ETAPAS) await tx.etapaCalendario.create({ data: { convocatoriaId: conv.id, etapa: e, ...linea.fechas[e] } });
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
      for (const l of LINEAS_2019) {
        await tx.lineaPostulacion.create({ data: { ...l, convocatoriaId: conv.id, adjuntosRequeridos: JSON.stringify(l.adjuntosRequeridos) } });
      }
      // The default rubric (six criteria, with guidance and worked examples) and the calibration's three
      // reference perfiles, graded by clave; its settings are the schema's defaults.
      await tx.rubrica.create({
        data: {
          convocatoriaId: conv.id,
          nombre: "Rúbrica de evaluación técnica",
          criterios: { create: CRITERIOS_POR_DEFECTO.map((c, orden) => ({ ...c, ejemplos: JSON.stringify(c.ejemplos), orden })) },
          referencias: { create: REFERENCIAS_CALIBRACION.map((r, i) => ({ orden: i + 1, titulo: r.titulo, resumen: r.resumen, notas: JSON.stringify(r.notas) })) },
        },
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
  return { sembrado: true, motivo: `Datos de demostración de ${nombreConvocatoriaDemo(linea.anio)} sembrados (con las cifras de 2019).` };
}
