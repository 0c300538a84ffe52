// Writes a file so that a reader (or a crash) never sees half of it: a private temporary file next to
// the destination, flushed to disk, then renamed over it (rename is atomic within one file system).
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";

export async function escribirAtomico(destino: string, contenido: Uint8Array | string): Promise<void> {
  const temporal = `${destino}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const fh = await fs.open(temporal, "wx", 0o600);
    try {
      await fh.writeFile(contenido);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(temporal, destino);
  } catch (e) {
    await fs.rm(temporal, { force: true });
    throw e;
  }
}
