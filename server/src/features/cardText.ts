/**
 * Shortening what a hover card lists, so that a card stays a card: titles without repetition, spellings without
 * variants that differ only in dashes, spaces or case.
 */

/** Text compared without case, dash or space variants: "Prime‑Minister" and "prime minister" are one. */
function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{Pd}\s\u00a0\u202f]+/gu, ' ').trim();
}

/**
 * Titles with every title dropped that another one contains word for word: "Japanese Prime Minister" and "Prime
 * Minister" read as one title, the longer, in the order first seen. At most `limit`.
 */
export function distinctTitles(titles: readonly string[], limit = 3): string[] {
  const keys = titles.map(key);
  const kept: string[] = [];
  const seen = new Set<string>();
  titles.forEach((title, i) => {
    const k = keys[i];
    if (seen.has(k)) return;
    // A title inside a longer one, at word boundaries.
    if (keys.some((other) => other !== k && ` ${other} `.includes(` ${k} `))) return;
    seen.add(k);
    kept.push(title);
  });
  return kept.slice(0, limit);
}

/** Other spellings, without the name itself or one written here, nor two that differ only in dashes or case. */
export function distinctAliases(aliases: readonly string[], exclude: readonly string[], limit = 4): string[] {
  const seen = new Set(exclude.map(key));
  const kept: string[] = [];
  for (const alias of aliases) {
    const k = key(alias);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(alias);
  }
  return kept.slice(0, limit);
}
