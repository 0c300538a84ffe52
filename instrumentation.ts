// Next's instrumentation hook: register() runs once when a server instance starts. It starts the
// e-mail cartero (lib/mail/cartero.ts), which delivers the outbox in the background, and the audit log's
// centinela (lib/audit/centinela.ts), which checkpoints its head and mails it to the admins, and the votes'
// sellador (lib/votacion/sellado.ts), which seals new votes into the audit chain in batches. Node.js runtime
// only, and never while building; the import is dynamic so nodemailer and Prisma stay out of the edge bundle.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { iniciarCartero } = await import("@/lib/mail/cartero");
  iniciarCartero();
  const { iniciarCentinela } = await import("@/lib/audit/centinela");
  iniciarCentinela();
  const { iniciarSellador } = await import("@/lib/votacion/sellado");
  iniciarSellador();
  void (await import("@/lib/seleccion/cartera-worker")).iniciarOptimizadorCartera();
  // The exports' background runner (issue 14): Mesa reports, ex-ante sheets, open data.
  (await import("@/lib/exportaciones/runner")).iniciarExportador();
}
