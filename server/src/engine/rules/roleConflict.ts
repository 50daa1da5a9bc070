import type { RuleContext } from './context';
import type { Finding } from './types';

// Offices a person holds one of at a time; "former", "vice", "deputy" and the like make a title another office.
const OFFICES = ['prime minister', 'president', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'governor', 'mayor'];
const QUALIFIED = /\b(?:former|ex|vice|deputy|acting|interim|late|elect|first lady)\b|-elect\b/i;

function officeOf(title: string): string | null {
  if (QUALIFIED.test(title)) return null;
  const lower = title.toLowerCase();
  return OFFICES.find((office) => lower.endsWith(office)) ?? null;
}

/**
 * One person given offices that exclude each other in different articles ("President X" here, "Prime Minister X"
 * there). Reported in the articles whose office differs from what most articles say.
 */
export function roleConflict(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const entity of ctx.corpus.entities()) {
    if (entity.kind !== 'person' || entity.titles.length < 2) continue;
    const byArticle = new Map<string, { office: string; start: number; end: number }>();
    for (const mention of entity.mentions) {
      if (byArticle.has(mention.article)) continue;
      const analysis = ctx.corpus.get(mention.article);
      const own = analysis?.entities.find((e) => e.start === mention.start);
      const offices = [...new Set((own?.titles ?? []).map(officeOf).filter((o): o is string => o !== null))];
      if (offices.length === 1) byArticle.set(mention.article, { office: offices[0], start: mention.start, end: mention.end });
    }
    const counts = new Map<string, number>();
    for (const { office } of byArticle.values()) counts.set(office, (counts.get(office) ?? 0) + 1);
    if (counts.size < 2) continue;
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const holders = [...byArticle].filter(([, v]) => v.office === majority);
    for (const [article, { office, start, end }] of byArticle) {
      if (office === majority) continue;
      findings.push({
        rule: 'role-conflict',
        severity: 'warning',
        article,
        start,
        end,
        message: `Title differs: this article calls ${entity.name} “${office}”; ${holders.map(([a]) => ctx.label(a)).slice(0, 2).join(', ')} say “${majority}”`,
        related: holders.map(([a, v]) => ({ article: a, start: v.start, end: v.end, message: `called “${majority}” here` })),
      });
    }
  }
  return findings;
}
