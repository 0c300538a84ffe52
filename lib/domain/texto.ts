// One normaliser for every text a person types (lib/validation/campos.ts applies it in every zod
// schema). Unicode allows text that looks different from what it is:
//   - the same letter in two encodings ("é" as one code point or as "e" + combining accent): NFC;
//   - format characters (category Cf): bidirectional overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069), which make "gpj.exe" display as "exe.jpg"; zero-width spaces and joiners,
//     invisible operators (U+2061–U+2064), soft hyphens, tag characters (U+E0000–U+E007F)…;
//   - characters that are not format characters but draw nothing: Hangul fillers (U+115F, U+1160,
//     U+3164, U+FFA0), the blank braille pattern U+2800, the combining grapheme joiner U+034F,
//     Mongolian and Khmer invisible marks (U+180B–U+180F, U+17B4–U+17B5), and variation selectors
//     (U+FE00–U+FE0F, U+E0100–U+E01EF) that do not follow an emoji.
// They are removed. The zero-width joiner U+200D is kept only between emoji, where it builds one (👩‍👧),
// and U+FE0F only after one (❤️). Other control characters are removed except tab and line breaks; NUL
// is left for the schemas to refuse (PostgreSQL cannot store it). A required field must still hold a
// visible character afterwards (a letter, digit, punctuation or symbol: "%" is a fine unit), so a title
// cannot be made of combining marks or spaces alone (campos.ts).
const ZWJ_SUELTO = /(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const FORMATO = /(?!\u200D)\p{Cf}/gu;
const SIN_TRAZO = /[\u115F\u1160\u3164\uFFA0\u2800\u034F\u180B-\u180F\u17B4\u17B5\u{E0100}-\u{E01EF}]/gu;
const SELECTOR_SUELTO = /(?<!\p{Extended_Pictographic})[\uFE00-\uFE0F]/gu;
const CONTROLES = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function normalizarTexto(s: string): string {
  return s
    .normalize("NFC")
    .replace(ZWJ_SUELTO, "")
    .replace(FORMATO, "")
    .replace(SIN_TRAZO, "")
    .replace(SELECTOR_SUELTO, "")
    .replace(CONTROLES, "");
}

/** Whether the text has something to see: a letter, digit, punctuation mark or symbol. */
export function tieneTextoVisible(s: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(s);
}
