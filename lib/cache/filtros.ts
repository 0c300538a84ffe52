// Path values for "no filter" in the rewritten filter routes (app/desafios-filtrados,
// app/talleres-filtrados; rewrites in next.config.ts). Pure: next.config.ts imports it too.
export const TODAS = "todas";
export const TODOS = "todos";
