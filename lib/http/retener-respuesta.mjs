// Holds a response's body in the server instead of streaming it, when `retener()` says so once the status and
// headers are known (at writeHead, or at the first write or end). The held body goes to
// `alTerminar(cuerpo, enviar)`, which may change the status or headers and then calls `enviar(cuerpo)` once.
// A response that is not held passes through untouched. Used by scripts/servidor.mjs for the private pages'
// real 404 and for the public pages kept in memory (lib/http/cache-respuestas.mjs).
// Plain JavaScript: the server script imports it without a TypeScript step.

/** @param {import("node:http").ServerResponse} res */
export function retenerRespuesta(res, { retener, alTerminar }) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const partes = [];
  let retenida = null;
  let terminada = false;
  const decidir = () => {
    if (retenida === null) retenida = Boolean(retener());
    return retenida;
  };
  const trozo = (c, enc) => (Buffer.isBuffer(c) ? c : Buffer.from(c, typeof enc === "string" ? enc : "utf8"));
  res.writeHead = (status, ...resto) => {
    const cabeceras = resto.find((x) => x && typeof x === "object");
    if (Array.isArray(cabeceras)) {
      retenida ??= false;
      return writeHead(status, ...resto);
    }
    res.statusCode = status;
    if (cabeceras) for (const [k, v] of Object.entries(cabeceras)) if (v !== undefined) res.setHeader(k, v);
    // Node's own end()/write() call writeHead(statusCode) too: headers go out now unless the body is held.
    return decidir() ? res : writeHead(res.statusCode);
  };
  res.write = (c, enc, cb) => {
    if (!decidir()) return write(c, enc, cb);
    partes.push(trozo(c, enc));
    if (typeof enc === "function") enc();
    else if (typeof cb === "function") cb();
    return true;
  };
  res.end = (c, enc, cb) => {
    if (typeof c === "function") return res.end(undefined, undefined, c);
    if (!decidir()) return end(c, enc, cb);
    if (terminada) return res;
    terminada = true;
    if (c) partes.push(trozo(c, enc));
    const listo = typeof enc === "function" ? enc : cb;
    alTerminar(Buffer.concat(partes), (cuerpo) => {
      res.setHeader("Content-Length", cuerpo.length);
      writeHead(res.statusCode);
      return end(cuerpo, listo);
    });
    return res;
  };
}
