// Advancing the Convocatoria before its planned end (issue 8.3), at 375 px: the admin first reads what the
// advance cuts short (open drafts and their owners, the withdrawal deadline promised by e-mail, who will be
// told), confirms with «Avanzar igual», the people affected get an e-mail, and the public timeline shows the
// actual end against the planned one. The spec arranges its own start: the convocatoria in Convocatoria with
// three weeks still planned (enEtapa), a draft and a sent perfil of new applicants, and every sent perfil of
// the convocatoria decided (the advance's own precondition, not this spec's subject).
import { baseE2e, expirarCacheE2e } from "./estado/base";
import {
  convocatoriaActiva,
  correosPara,
  desafiosDeLaDemo,
  enEtapa,
  expect,
  ingresar,
  perfilEnviado,
  postulanteNuevo,
  sinScrollHorizontal,
  sinViolacionesAxe,
  test,
  textoDeCorreo,
  type Cuenta,
} from "./fixtures";
import { formatearFecha } from "../../lib/domain/formato";

const ADMIN = "admin@fondoidea.cl";
const SELLO = Date.now();
const BORRADOR = `Huertos en la toma ${SELLO}`;

let conBorrador: Cuenta;
let conEnviado: Cuenta;
let proyectoEnviado = "";
let fin: Date; // planned end of the Convocatoria
let inicioSeleccion: Date; // planned start of Selección y contratación

test.beforeAll(async () => {
  await enEtapa("CONVOCATORIA");
  await desafiosDeLaDemo();
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  // Perfiles other specs left sent and undecided would block the advance: decide them.
  await db.postulacion.updateMany({ where: { convocatoriaId: conv.id, estado: "ENVIADA" }, data: { estado: "ADMISIBLE", admisible: true } });
  conBorrador = await postulanteNuevo({ nombre: `Berta Borrador ${SELLO}` });
  const desafio = await db.desafio.findFirstOrThrow({ where: { convocatoriaId: conv.id, slug: "volver-a-la-escuela" }, select: { id: true } });
  await db.postulacion.create({ data: { convocatoriaId: conv.id, desafioId: desafio.id, postulanteId: conBorrador.id, nombreProyecto: BORRADOR } });
  await expirarCacheE2e();
  const enviado = await perfilEnviado({ admisible: true });
  conEnviado = enviado.postulante;
  proyectoEnviado = enviado.nombreProyecto;
  const calendario = await db.etapaCalendario.findMany({ where: { convocatoriaId: conv.id }, select: { etapa: true, inicio: true, fin: true } });
  fin = calendario.find((c) => c.etapa === "CONVOCATORIA")!.fin;
  inicioSeleccion = calendario.find((c) => c.etapa === "SELECCION_CONTRATACION")!.inicio;
});

test.describe.serial("avance anticipado de la Convocatoria", () => {
  test("el administrador ve qué se corta antes de confirmar", async ({ page }) => {
    await ingresar(page, ADMIN);
    await page.goto("/admin/convocatoria");
    const aviso = page.getByRole("status").filter({ hasText: "Avanzar ahora termina la etapa Convocatoria antes de lo planificado" });
    await expect(aviso).toBeVisible();
    await expect(aviso).toContainText(new RegExp(`La etapa Convocatoria está planificada hasta el ${formatearFecha(fin)}: avanzar ahora la termina \\d+ días antes\\.`));
    await expect(aviso).toContainText(/\d+ borrador(es)? abierto(s)? \(de \d+ personas?\) ya no se podrán? enviar\./);
    await expect(aviso).toContainText(`un correo de confirmación que promete que se puede retirar hasta el ${formatearFecha(fin)}: ese plazo ya no regirá.`);
    await expect(aviso).toContainText(/Se avisará por correo a \d+ personas? con perfiles en esta convocatoria\./);

    // Who will be written to: the draft's owner and the sender, behind a disclosure.
    await aviso.getByText(/^Ver a (la persona|las \d+ personas) que recibirán? el correo$/).click();
    await expect(aviso.getByRole("listitem").filter({ hasText: conBorrador.email })).toContainText("1 borrador");
    await expect(aviso.getByRole("listitem").filter({ hasText: conEnviado.email })).toContainText("1 perfil enviado");

    // The plain button is not offered: only «Avanzar igual».
    await expect(page.getByRole("button", { name: "Avanzar a Selección y contratación" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Avanzar igual a Selección y contratación" })).toBeEnabled();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("«Avanzar igual» avanza, avisa por correo y la línea de tiempo muestra la fecha real", async ({ page }) => {
    await ingresar(page, ADMIN);
    await page.goto("/admin/convocatoria");
    let confirmacion = "";
    page.once("dialog", (d) => {
      confirmacion = d.message();
      void d.accept();
    });
    await page.getByRole("button", { name: "Avanzar igual a Selección y contratación" }).click();
    await expect(page.getByRole("status").filter({ hasText: /La convocatoria pasó a la etapa Selección y contratación\. Se avisó por correo a \d+ personas?\./ })).toBeVisible();
    expect(confirmacion).toContain("antes del término planificado");
    await expect(page.getByText(/etapa actual:\s*Selección y contratación/)).toBeVisible();

    // Each affected person gets one e-mail that says the promise no longer holds.
    const [deBerta] = await correosPara(conBorrador.email, { timeoutMs: 30_000 });
    expect(deBerta, "no llegó el correo a quien tenía un borrador").toBeTruthy();
    const texto = textoDeCorreo(deBerta);
    expect(texto).toContain(`planificada hasta el ${formatearFecha(fin)}, terminó antes: el ${formatearFecha(new Date())}.`);
    expect(texto).toContain(`Su borrador «${BORRADOR}» queda guardado y puede leerlo, pero ya no se puede enviar.`);
    const [deEnviado] = await correosPara(conEnviado.email, { timeoutMs: 30_000 });
    expect(textoDeCorreo(deEnviado)).toContain(`Su perfil enviado «${proyectoEnviado}» sigue como está.`);

    // The public timeline: the Convocatoria ended today, against its planned end; Selección began today.
    await page.goto("/");
    const etapas = page.getByRole("list", { name: "Etapas de la convocatoria" });
    const convocatoria = etapas.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Convocatoria\s*\(terminada\)$/ }) });
    await expect(convocatoria).toContainText(`terminó el ${formatearFecha(new Date())} (planificado: ${formatearFecha(fin)})`);
    const seleccion = etapas.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Selección y contratación\s*Etapa actual$/ }) });
    await expect(seleccion).toContainText(`Comenzó el ${formatearFecha(new Date())} (planificado: ${formatearFecha(inicioSeleccion)})`);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("la etapa siguiente, entrada antes de lo planificado, también advierte antes de avanzar", async ({ page }) => {
    // Selección y contratación began today and is planned for weeks more: advancing it is early too.
    await ingresar(page, ADMIN);
    await page.goto("/admin/convocatoria");
    const aviso = page.getByRole("status").filter({ hasText: "Avanzar ahora termina la etapa Selección y contratación antes de lo planificado" });
    await expect(aviso).toBeVisible();
    await expect(aviso).not.toContainText("borrador");
    await expect(page.getByRole("button", { name: "Avanzar igual a Formación e incubación" })).toBeVisible();
    // The admin's timeline shows the same actual dates as the public one.
    await expect(page.getByRole("list", { name: "Etapas", exact: true }).getByRole("listitem").filter({ hasText: "(planificado:" }).first()).toBeVisible();
  });
});
