import type { Metadata } from "next";
import { RubricaForm } from "@/components/rubrica/rubrica-form";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, puede } from "@/lib/auth/permissions";
import { formulaPuntaje } from "@/lib/domain/puntaje-tecnico";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { CRITERIOS_POR_DEFECTO } from "@/lib/domain/rubrica";
import { getRubricaAdmin } from "@/lib/rubrica/queries";
import { conComa, criteriosEditables, PERFILES_REFERENCIA, type GuardarRubricaEntrada } from "@/lib/rubrica/schema";

export const metadata: Metadata = { title: "Rúbrica de evaluación" };

export default async function AdminRubrica() {
  const user = await requireVista("admin", "/admin/rubrica");
  const datos = await getRubricaAdmin();
  if (!datos) return <Alert tipo="aviso">No hay una convocatoria activa.</Alert>;
  const { convocatoria, rubrica, notasRegistradas, capacitados } = datos;
  const editable = puede("rubrica.guardar", user.roles, convocatoria.etapaActual).ok;
  const etapas = PERMISOS["rubrica.guardar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  if (!rubrica && !editable) {
    return (
      <>
        <h1 className="text-3xl">Rúbrica de evaluación técnica</h1>
        <div className="mt-4">
          <Alert tipo="aviso" titulo="La convocatoria no tiene rúbrica">
            {convocatoria.nombre} no tiene rúbrica de evaluación técnica. Solo se puede crear en la etapa {etapas}.
          </Alert>
        </div>
      </>
    );
  }

  // Without a rubric yet: the default criteria and settings, and empty reference perfiles.
  const criterios = rubrica ? rubrica.criterios.map((c) => ({ ...c, ejemplos: c.ejemplos.map((e) => ({ nota: conComa(e.nota), texto: e.texto })) })) : criteriosEditables(CRITERIOS_POR_DEFECTO);
  const valores: GuardarRubricaEntrada = {
    nombre: rubrica?.nombre ?? `Rúbrica de evaluación técnica ${convocatoria.anio}`,
    evaluadoresPorPerfil: String(convocatoria.evaluadoresPorPerfil),
    topeEvaluador: String(rubrica?.topeEvaluador ?? 40),
    reglaRegion: (rubrica?.reglaRegion ?? "cualquiera") as GuardarRubricaEntrada["reglaRegion"],
    umbralCalibracion: conComa(rubrica?.umbralCalibracion ?? 0.7),
    limiteIndulgencia: conComa(rubrica?.limiteIndulgencia ?? 3),
    minMuestra: String(rubrica?.minMuestra ?? 5),
    brechaDiscrepancia: conComa(rubrica?.brechaDiscrepancia ?? 1.5),
    normalizar: rubrica?.normalizar ? "si" : "no",
    criterios: criterios.map((c) => ({ clave: c.clave, nombre: c.nombre, descripcion: c.descripcion, orientacion: c.orientacion, peso: String(c.peso), ejemplos: c.ejemplos })),
    referencias: Array.from({ length: PERFILES_REFERENCIA }, (_, k) => {
      const r = rubrica?.referencias.find((x) => x.orden === k + 1);
      return { titulo: r?.titulo ?? "", resumen: r?.resumen ?? "", notas: criterios.map((c) => (r && c.clave in r.notas ? conComa(r.notas[c.clave]) : "")) };
    }),
  };

  return (
    <>
      <h1 className="text-3xl">Rúbrica de evaluación técnica</h1>
      <p className="mt-2">
        {convocatoria.nombre} · etapa actual: <strong>{NOMBRE_ETAPA[convocatoria.etapaActual]}</strong>. Escala de notas de 1,0 a 7,0 con un decimal; la nota final de
        cada evaluación es el promedio de las notas de sus criterios, ponderado por sus pesos.
      </p>
      <p className="mt-2">
        {capacitados === 1 ? "1 evaluador aprobó" : `${capacitados} evaluadores aprobaron`} la capacitación
        {notasRegistradas > 0 ? `; hay ${notasRegistradas === 1 ? "1 nota registrada" : `${notasRegistradas} notas registradas`} con esta rúbrica` : ""}.
      </p>
      {!rubrica && editable && (
        <div className="mt-4">
          <Alert tipo="info" titulo="La convocatoria aún no tiene rúbrica">
            El formulario parte de los criterios por defecto. Complete los perfiles de referencia y guárdela.
          </Alert>
        </div>
      )}
      {!editable && (
        <div className="mt-4">
          <Alert tipo="info" titulo="Solo lectura">
            La rúbrica solo se puede cambiar en la etapa {etapas}.
          </Alert>
        </div>
      )}
      <div className="mt-6">
        <RubricaForm valores={valores} editable={editable} criteriosCongelados={notasRegistradas > 0} formulas={formulaPuntaje({ minMuestra: rubrica?.minMuestra ?? 5 })} />
      </div>
    </>
  );
}
