import type { Metadata } from "next";
import { cacheLife } from "next/cache";
import { canalDeContacto } from "@/lib/domain/contacto";

export const metadata: Metadata = { title: "Política de privacidad" };

export default async function Privacidad() {
  "use cache";
  // The contact channel is a runtime setting (CONTACTO_DATOS_PERSONALES): the cached page is rendered
  // again within a minute of a (re)start with a new value, without rebuilding.
  cacheLife("minutes");
  const canal = canalDeContacto(process.env.CONTACTO_DATOS_PERSONALES);
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl">Política de privacidad</h1>
      <p>
        FOSIS trata los datos personales de este portal conforme a la Ley N° 19.628 sobre protección de la vida privada y sus modificaciones (Ley N°
        21.719), dentro de sus funciones legales.
      </p>
      <h2 className="text-2xl">Qué datos tratamos y para qué</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Nombre, correo electrónico y RUT: para crear su cuenta, identificarle y asegurar un voto por persona.</li>
        <li>Datos de su organización y de su postulación: para evaluar, seleccionar y acompañar los proyectos.</li>
        <li>Registros de actividad (bitácora de auditoría): para dar cuenta de cada decisión y proteger la integridad del concurso.</li>
      </ul>
      <p>
        La situación socioeconómica de las personas es un dato sensible: el portal no la publica y solo la ven quienes la necesitan para su función.
        Nunca mostramos públicamente su RUT, correo ni teléfono; las páginas públicas de los proyectos muestran solo el proyecto.
      </p>
      <h2 className="text-2xl">Decisiones automatizadas</h2>
      <p>
        El portal calcula puntajes y un ranking sugerido a partir de la evaluación técnica, la votación popular y el demo day, con ponderaciones
        publicadas. Ese ranking es solo una ayuda: la selección la decide un comité de personas, que deja por escrito sus fundamentos.
      </p>
      <h2 className="text-2xl">Cuánto tiempo los guardamos</h2>
      <p>
        Los datos de cada convocatoria se conservan mientras dure y por el plazo que exige la rendición de cuentas de fondos públicos. Luego se eliminan o
        se anonimizan para fines estadísticos.
      </p>
      <h2 className="text-2xl">Sus derechos</h2>
      <p>
        Usted puede pedir acceso, rectificación, supresión y oposición respecto de sus datos, y reclamar por su tratamiento, en el canal de contacto de más
        abajo. No entregamos sus datos a privados sin su consentimiento.
      </p>
      <h2 className="text-2xl" id="contacto">
        Contacto para sus datos personales
      </h2>
      <p>
        {canal.tipo === "correo" ? "Escriba a " : canal.tipo === "web" ? "Ingrese su solicitud en " : "Diríjase a: "}
        {canal.href ? (
          <a className="break-all" href={canal.href}>
            {canal.texto}
          </a>
        ) : (
          <span className="break-words">{canal.texto}</span>
        )}
        , indicando su nombre, su RUT y qué derecho quiere ejercer.
      </p>
      <h2 className="text-2xl">Seguridad</h2>
      <p>
        Las contraseñas se guardan con un hash resistente (argon2id), el acceso se limita por rol y etapa, y cada cambio queda en una bitácora encadenada
        que no se puede alterar sin dejar rastro.
      </p>
    </article>
  );
}
