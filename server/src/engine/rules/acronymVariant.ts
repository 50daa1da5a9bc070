import { matchKey } from '../text/fold';
import type { NameCandidate } from '../names/types';
import type { RuleContext } from './context';
import { sourcesWrite, useSpellingTitle } from './label';
import type { Finding, Severity } from './types';

interface Definition {
  article: string;
  name: NameCandidate;
  key: string;
}

const words = (key: string): Set<string> => new Set(key.split(' '));

/**
 * One acronym defined in parentheses with different expansions by articles of one story ("the Regional Transit
 * Authority (RTA)" / "the Regional Transport Authority (RTA)"). An expansion that only leaves words out of the other
 * ("Centers for Disease Control" / "Centers for Disease Control and Prevention") is a short form, not a
 * disagreement. The expansion fewer articles write gets the finding; a warning when exactly one word differs and
 * more articles agree on the other expansion.
 */
export function acronymVariant(ctx: RuleContext): Finding[] {
  const groups = new Map<string, Definition[]>();
  for (const article of ctx.articles) {
    for (const name of ctx.corpus.get(article)?.names ?? []) {
      if (!name.acronym) continue;
      const id = `${ctx.story(article)}\u0000${name.acronym.text.replace(/\./g, '')}`;
      const list = groups.get(id) ?? [];
      list.push({ article, name, key: matchKey(name.text) });
      groups.set(id, list);
    }
  }
  const findings: Finding[] = [];
  for (const definitions of groups.values()) {
    const byKey = new Map<string, Definition[]>();
    for (const d of definitions) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d]);
    if (byKey.size < 2) continue;
    const articlesOf = (list: Definition[]) => new Set(list.map((d) => d.article));
    const ranked = [...byKey.values()].sort((p, q) => articlesOf(q).size - articlesOf(p).size || q.length - p.length);
    const preferred = ranked[0];
    const preferredWords = words(preferred[0].key);
    const preferredArticles = articlesOf(preferred);
    for (const other of ranked.slice(1)) {
      const otherWords = words(other[0].key);
      const missing = [...otherWords].filter((w) => !preferredWords.has(w));
      const extra = [...preferredWords].filter((w) => !otherWords.has(w));
      if (missing.length === 0 || extra.length === 0) continue;
      const substitution = missing.length === 1 && extra.length === 1 && otherWords.size === preferredWords.size;
      const severity: Severity = substitution && preferredArticles.size > articlesOf(other).size ? 'warning' : 'information';
      const related = [...preferredArticles].map((article) => {
        const d = preferred.find((x) => x.article === article)!;
        return { article, start: d.name.start, end: d.name.end, message: `“${d.name.text} (${d.name.acronym!.text})” here` };
      });
      const reported = new Set<string>();
      for (const d of other) {
        if (reported.has(d.article) || preferredArticles.has(d.article)) continue;
        reported.add(d.article);
        const sources = related.map((r) => ctx.label(r.article));
        findings.push({
          rule: 'name-variant',
          severity,
          article: d.article,
          start: d.name.start,
          end: d.name.end,
          message: `Spelling differs: this article writes “${d.name.text}” for ${d.name.acronym!.text}; ${sourcesWrite(sources)} “${preferred[0].name.text}”`,
          related,
          fix: {
            title: useSpellingTitle(preferred[0].name.text, preferredArticles.size),
            replacement: preferred[0].name.text,
            spans: (ctx.corpus.get(d.article)?.names ?? []).filter((n) => matchKey(n.text) === d.key).map(({ start, end }) => ({ start, end })),
          },
        });
      }
    }
  }
  return findings;
}
