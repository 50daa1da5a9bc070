import type { Spelling } from '../names/spellings';
import type { NameCandidate } from '../names/types';
import type { RuleContext } from './context';
import { sourcesWrite, useSpellingTitle } from './label';
import type { Finding } from './types';

// Prepositions that join the words of an official name ("Bank of …", "Centre for …"). Writers keep or drop "the"
// freely, and "and" / "&" are style, but a different preposition is a different wording of the name.
const PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'at', 'to']);

const signature = (name: NameCandidate): string => name.particles.filter((p) => PREPOSITIONS.has(p)).join(' ');

/**
 * One name of three or more words written with the same words but another preposition by articles of one story
 * ("the Commission for Coastal Safety" / "the Commission of Coastal Safety"). The wording fewer articles write
 * gets an information finding on its first mention; an article that writes both is left alone, and a story split
 * evenly says nothing about which wording is right.
 */
export function connectorVariants(ctx: RuleContext, spellings: Iterable<Spelling>): Finding[] {
  const findings: Finding[] = [];
  for (const spelling of spellings) {
    if (spelling.keys.length < 3 || spelling.articles.size < 2) continue;
    // wording → article → its mentions with that wording
    const wordings = new Map<string, Map<string, NameCandidate[]>>();
    for (const [article, names] of spelling.articles) {
      for (const name of names) {
        const wording = signature(name);
        if (!wording) continue;
        const articles = wordings.get(wording) ?? new Map<string, NameCandidate[]>();
        articles.set(article, [...(articles.get(article) ?? []), name]);
        wordings.set(wording, articles);
      }
    }
    if (wordings.size < 2) continue;
    const ranked = [...wordings].sort((p, q) => q[1].size - p[1].size);
    const [top, preferred] = ranked[0];
    if (ranked[1][1].size === preferred.size) continue;
    for (const [wording, articles] of ranked.slice(1)) {
      // Another number of prepositions is another form of the name ("Bank of X" / "Bank of X for Y"), not a wording.
      if (wording.split(' ').length !== top.split(' ').length) continue;
      for (const [article, names] of articles) {
        if (preferred.has(article)) continue;
        const related = [...preferred].map(([other, mentions]) => ({ article: other, start: mentions[0].start, end: mentions[0].end, message: `written “${mentions[0].text}” here` }));
        const sources = related.map((r) => ctx.label(r.article));
        const written = [...preferred.values()][0][0].text;
        findings.push({
          rule: 'name-variant',
          severity: 'information',
          article,
          start: names[0].start,
          end: names[0].end,
          message: `Spelling differs: this article writes “${names[0].text}”; ${sourcesWrite(sources)} “${written}”`,
          related,
          fix: { title: useSpellingTitle(written, preferred.size), replacement: written, spans: names.map(({ start, end }) => ({ start, end })) },
        });
      }
    }
  }
  return findings;
}
