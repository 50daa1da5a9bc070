/**
 * Folding for matching. `foldSameLength` maps every UTF-16 code unit to exactly one code unit, so any offset found
 * in the folded text is also an offset into the original text: matchers run over the folded copy while reported
 * spans still point at what the user wrote.
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\uFF07]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

const cache = new Map<number, string>();

function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code < 0x80) return unit;
  const cached = cache.get(code);
  if (cached !== undefined) return cached;
  let folded = unit;
  if (DASHES.test(unit)) folded = '-';
  else if (SINGLE_QUOTES.test(unit)) folded = "'";
  else if (DOUBLE_QUOTES.test(unit)) folded = '"';
  else if (SPACES.test(unit)) folded = ' ';
  else if (ZERO_WIDTH.test(unit)) folded = ' ';
  else if (code < 0xd800 || code > 0xdfff) {
    // NFKD splits letters from their diacritics ("ō" → "o" + macron); keep the base letter only when it is a
    // single plain ASCII character, so that the mapping stays one unit for one unit.
    const base = unit.normalize('NFKD');
    if (base.length >= 1 && base.charCodeAt(0) < 0x80 && /^[\x00-\x7f][\u0300-\u036f]*$/.test(base)) folded = base[0];
  }
  cache.set(code, folded);
  return folded;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Same-length folded copy: dashes → "-", curly quotes → straight, odd spaces → " ", diacritics dropped. */
export function foldSameLength(text: string): string {
  if (isAscii(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text[i]);
  return out;
}

/**
 * Key for comparing names: NFKC, folded, lower-cased, with hyphens, dots and apostrophes treated as spaces and
 * white space collapsed. "Park Min-jun", "Park Min Jun" and "PARK MIN‑JUN" share one key.
 */
export function matchKey(name: string): string {
  // NFKC leaves ASCII as it is, and most names are ASCII: the normalisation (a call into ICU) is skipped for them.
  return foldSameLength(isAscii(name) ? name : name.normalize('NFKC'))
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[-.'"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
