// FormData → plain object for zod. Repeated keys become arrays; keys like `metricas.0.indicador`
// build nested arrays/objects, so one form can post a list of rows.
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    // A key like `__proto__.x` would otherwise write into Object.prototype (prototype pollution).
    if (key.split(".").some((k) => k === "__proto__" || k === "constructor" || k === "prototype")) continue;
    const values = fd.getAll(key).filter((v) => typeof v === "string" || v.size > 0);
    if (values.length === 0) continue;
    setPath(out, key.split("."), values.length === 1 ? values[0] : values);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let cur: Record<string, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    const nextIsIndex = /^\d+$/.test(path[i + 1]);
    if (cur[k] === undefined || typeof cur[k] !== "object") cur[k] = nextIsIndex ? [] : {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[path[path.length - 1]] = value;
}
