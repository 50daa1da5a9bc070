import type { CanonicalEntity } from '../corpus/resolveEntities';
import { isDictionaryWord } from '../lexicon/lexicon';
import { matchKey } from '../text/fold';
import type { RuleContext } from './context';
import type { Finding } from './types';

/** Levenshtein distance, for short names. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** Similarity in [0, 1] of two names once case, diacritics, hyphens and spaces are set aside. */
export function nameSimilarity(a: string, b: string): number {
  const x = matchKey(a).replace(/ /g, '');
  const y = matchKey(b).replace(/ /g, '');
  return 1 - editDistance(x, y) / Math.max(x.length, y.length, 1);
}

const GENERIC_HEADS = new Set(['people', 'official', 'government', 'leader', 'president', 'minister', 'said', 'who', 'and']);

/** The lower-case nouns written after an entity's mentions across the corpus ("coal", "mine"). */
function headNouns(entity: CanonicalEntity, contexts: (article: string) => Map<number, string[]>): Set<string> {
  const nouns = new Set<string>();
  for (const mention of entity.mentions) {
    for (const word of contexts(mention.article).get(mention.start) ?? []) if (word.length > 2 && !GENERIC_HEADS.has(word)) nouns.add(word);
  }
  return nouns;
}

const articlesOf = (entity: CanonicalEntity) => new Set(entity.mentions.map((m) => m.article));

/** "Verstappen" and "Max Verstappen", "Security Council" and "U.N. Security Council": one name inside the other. */
function isShortFormOf(a: string, b: string): boolean {
  const x = matchKey(a).split(' ');
  const y = matchKey(b).split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((word) => long.includes(word));
}

/**
 * One referent spelled two ways in different articles: names of the same kind that are alike (at least half their
 * letters in common by edit distance) and are followed by the same noun ("the X coal mine" / "the Y mine victims").
 * Case, diacritics and hyphens alone never count: those spellings are one entity already. The spelling fewer
 * articles use gets a quick fix to the one more articles use.
 */
export function nameVariant(ctx: RuleContext, preferredSpellings: Record<string, string> = {}): Finding[] {
  const findings: Finding[] = [];
  // Ordinary words ("Islamist", "Jihadist") differ in meaning, not spelling; proper names are the candidates.
  const candidates = ctx.corpus.entities().filter((e) => matchKey(e.name).length >= 4 && !e.name.split(/\s+/).every((w) => isDictionaryWord(w) || /ists?$/i.test(w)));
  const byArticle = new Map<string, Map<number, string[]>>();
  const contexts = (article: string): Map<number, string[]> => {
    let map = byArticle.get(article);
    if (!map) {
      map = new Map((ctx.corpus.get(article)?.names ?? []).map((n) => [n.start, n.headNouns]));
      byArticle.set(article, map);
    }
    return map;
  };
  const nouns = new Map(candidates.map((e) => [e.id, headNouns(e, contexts)]));
  // Only names followed by a common noun are compared, so the work grows with those pairs, not with all pairs.
  const byNoun = new Map<string, CanonicalEntity[]>();
  for (const entity of candidates) for (const noun of nouns.get(entity.id)!) byNoun.set(noun, [...(byNoun.get(noun) ?? []), entity]);
  const pairs = new Map<string, [CanonicalEntity, CanonicalEntity]>();
  for (const group of byNoun.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = group[i].id < group[j].id ? [group[i], group[j]] : [group[j], group[i]];
        pairs.set(`${a.id}\u0000${b.id}`, [a, b]);
      }
    }
  }
  for (const [a, b] of pairs.values()) {
    {
      if (a.kind !== b.kind || nameSimilarity(a.name, b.name) < 0.5 || isShortFormOf(a.name, b.name)) continue;
      const shared = [...nouns.get(a.id)!].filter((w) => nouns.get(b.id)!.has(w));
      const articlesA = articlesOf(a);
      const articlesB = articlesOf(b);
      if ([...articlesA].every((x) => articlesB.has(x)) || [...articlesB].every((x) => articlesA.has(x))) continue;
      // A configured preference wins; otherwise the spelling more articles use.
      const configured = preferredSpellings[a.name] === b.name ? b : preferredSpellings[b.name] === a.name ? a : null;
      const [preferred, variant] = configured ? (configured === a ? [a, b] : [b, a]) : articlesA.size >= articlesB.size ? [a, b] : [b, a];
      const preferredCount = articlesOf(preferred).size;
      const firstPerArticle = new Map<string, { start: number; end: number }>();
      for (const m of preferred.mentions) if (!firstPerArticle.has(m.article)) firstPerArticle.set(m.article, m);
      // One finding per article, at the first mention; its quick fix respells every mention in that article.
      const byArticle = new Map<string, Array<{ start: number; end: number; text: string }>>();
      for (const m of variant.mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
      for (const [article, spans] of byArticle) {
        const mention = spans[0];
        findings.push({
          rule: 'name-variant',
          severity: 'warning',
          article,
          start: mention.start,
          end: mention.end,
          message: `Spelling differs: this article writes “${mention.text}”; ${[...firstPerArticle.keys()].map((x) => ctx.label(x)).slice(0, 2).join(', ')} write${firstPerArticle.size === 1 ? 's' : ''} “${preferred.name}” (both followed by “${shared[0]}”)`,
          related: [...firstPerArticle].map(([article, span]) => ({ article, ...span, message: `written “${preferred.name}” here` })),
          fix: {
            title: `Use '${preferred.name}' (${preferredCount} article${preferredCount === 1 ? '' : 's'})`,
            replacement: preferred.name,
            spans: spans.map(({ start, end }) => ({ start, end })),
          },
        });
      }
    }
  }
  return findings;
}
