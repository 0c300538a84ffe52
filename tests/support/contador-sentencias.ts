// Counts the SQL statements a Prisma client sends, at its driver adapter (lib/db/client.ts createDb's
// `envolver`): every query and command on a connection or inside a transaction, the transaction's BEGIN
// (sent by the adapter itself when it starts one) and its COMMIT or ROLLBACK. Tests pin how many statements
// a path issues, so that a change adding round trips fails.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export type Sentencias = {
  /** The statements sent since the last `reiniciar`, in order (SQL text, whitespace folded). */
  readonly lista: string[];
  reiniciar(): void;
};

const texto = (q: SqlQuery) => q.sql.replace(/\s+/g, " ").trim();

/** `objetivo` with `metodos` replaced; every other member read from it (methods bound: the adapters use private fields). */
function envolverObjeto<T extends object>(objetivo: T, metodos: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(objetivo, {
    get(o, p) {
      if (Object.hasOwn(metodos, p)) return metodos[p as keyof T];
      const v = Reflect.get(o, p, o);
      return typeof v === "function" ? v.bind(o) : v;
    },
  });
}

export function contadorDeSentencias(): { sentencias: Sentencias; envolver: (f: SqlDriverAdapterFactory) => SqlDriverAdapterFactory } {
  const lista: string[] = [];
  const anotar = (s: string) => void lista.push(s);
  const transaccion = (tx: Transaction): Transaction =>
    envolverObjeto(tx, {
      queryRaw: (q: SqlQuery) => (anotar(texto(q)), tx.queryRaw(q)),
      executeRaw: (q: SqlQuery) => (anotar(texto(q)), tx.executeRaw(q)),
    });
  const adaptador = (a: SqlDriverAdapter): SqlDriverAdapter =>
    envolverObjeto(a, {
      queryRaw: (q: SqlQuery) => (anotar(texto(q)), a.queryRaw(q)),
      executeRaw: (q: SqlQuery) => (anotar(texto(q)), a.executeRaw(q)),
      startTransaction: async (nivel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) => {
        anotar("BEGIN");
        return transaccion(await a.startTransaction(nivel));
      },
    });
  const envolver = (f: SqlDriverAdapterFactory): SqlDriverAdapterFactory => envolverObjeto(f, { connect: async () => adaptador(await f.connect()) });
  return { sentencias: { lista, reiniciar: () => void lista.splice(0) }, envolver };
}
