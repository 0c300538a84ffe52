// One normaliser for every text a person types (lib/validation/campos.ts applies it in every zod
// schema). Unicode allows text that looks different from what it is:
//   - the same letter in two encodings ("é" as one code point or as "e" + combining accent): NFC;
//   - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, marks U+200E/F, U+061C),
//     which make "gpj.exe" display as "exe.jpg" and can reorder a name on screen;
//   - zero-width and invisible characters (U+200B, U+200C, U+2060, U+FEFF, U+00AD, U+180E), which
//     let a title look blank, or two equal-looking names differ.
// They are removed. The zero-width joiner U+200D is kept only between emoji, where it builds one
// (👩‍👧); anywhere else it is removed too. Other control characters are removed except tab and line
// breaks; NUL is left for the schemas to refuse (PostgreSQL cannot store it).
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const INVISIBLES = /[\u200B\u200C\u2060\uFEFF\u00AD\u180E]/g;
const ZWJ_SUELTO = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const CONTROLES = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function normalizarTexto(s: string): string {
  return s.normalize("NFC").replace(BIDI, "").replace(INVISIBLES, "").replace(ZWJ_SUELTO, "").replace(CONTROLES, "");
}
