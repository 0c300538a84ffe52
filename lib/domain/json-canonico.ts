// Canonical JSON: the same data always gives the same text, whatever the order its keys were written in.
// Stored values depend on this exact text: the audit log's hashes (lib/audit/hash.ts) and the perfil's
// fingerprint (lib/domain/huella.ts, shown on the receipt). Never change its output: the vectors in
// tests/unit/json-canonico.test.ts pin it, and a different text would make every stored hash unverifiable.
//
// What it does, exactly as JSON.stringify with a replacer:
// - object keys sorted by UTF-16 code units, at every depth; keys that are array indices ("2", "10") still
//   come first, in numeric order, because that is how JavaScript orders an object's own keys;
// - arrays keep their order;
// - `toJSON` is honoured (a Date becomes its ISO text); undefined, functions and symbols are left out of
//   objects and become null in arrays; NaN and ±Infinity become null, -0 becomes 0.

// (This is, verbatim, the audit log's former function; the fingerprint's former one gave the same text for
// every fingerprint content, see the test.)
export function jsonCanonico(valor: unknown): string {
  return JSON.stringify(valor, (_k, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
