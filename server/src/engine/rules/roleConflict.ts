import { PROFESSION_OFFICES } from '../roles/readRoles';
import type { RuleContext } from './context';
import type { Finding, Severity } from './types';

interface Held {
  office: string;
  start: number;
  end: number;
  text: string;
}

/**
 * The mention where the office is written out ("Mayor Lucien Faraud", "…, mayor of Port Elmira"), rather than one
 * that only inherits the title from another mention of the person; the first when none is.
 */
function written(held: Held[]): Held {
  return held.find((h) => h.text.toLowerCase().includes(h.office.split(' ').pop()!)) ?? held[0];
}

/**
 * One person given offices that exclude each other by articles of one story: "President X" here, "Prime Minister X"
 * or "Director X" there; "X, mayor of Port Elmira" / "X, the president of the region"; "assistant professor" / "professor" (a rank).
 * Offices are compared within a family (heads of government, academic ranks, military ranks) for one canonical
 * person; an article that gives the person two offices of one family is left out of that family's comparison.
 * Reported in the articles whose office differs from what most articles say: a warning when several articles agree
 * against one, information otherwise or when one of the offices also names a profession ("director").
 */
export function roleConflict(ctx: RuleContext): Finding[] {
  // story → person → family → article → offices held there
  const byPerson = new Map<string, Map<string, Map<string, Held[]>>>();
  for (const article of ctx.articles) {
    for (const role of ctx.corpus.get(article)?.roles ?? []) {
      const person = ctx.entityAt(article, role.nameStart);
      if (!person || person.kind !== 'person') continue;
      const id = `${ctx.story(article)}\u0000${person.id}\u0000${role.family}`;
      const articles = byPerson.get(id) ?? new Map<string, Map<string, Held[]>>();
      const offices = articles.get(article) ?? new Map<string, Held[]>();
      offices.set(role.office, [...(offices.get(role.office) ?? []), { office: role.office, start: role.start, end: role.end, text: role.text }]);
      articles.set(article, offices);
      byPerson.set(id, articles);
    }
  }
  const findings: Finding[] = [];
  for (const [id, articles] of byPerson) {
    const name = ctx.corpus.entityById(id.split('\u0000')[1])?.name ?? '';
    const single = new Map<string, Held>();
    for (const [article, offices] of articles) if (offices.size === 1) single.set(article, written([...offices.values()][0]));
    const counts = new Map<string, number>();
    for (const held of single.values()) counts.set(held.office, (counts.get(held.office) ?? 0) + 1);
    if (counts.size === 0) continue;
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [majority, majorityCount] = ranked[0];
    const tie = ranked.length > 1 && ranked[1][1] === majorityCount;
    for (const [article, held] of single) {
      if (held.office === majority && !tie) continue;
      const others = [...single].filter(([, h]) => h.office !== held.office);
      const sayMost = others.filter(([, h]) => h.office === majority);
      const quoted = tie ? others : sayMost;
      if (quoted.length === 0) continue;
      const said = quoted[0][1].office;
      const profession = PROFESSION_OFFICES.has(held.office) || PROFESSION_OFFICES.has(said);
      const severity: Severity = !tie && !profession && counts.get(held.office) === 1 && majorityCount >= 2 ? 'warning' : 'information';
      findings.push({
        rule: 'role-conflict',
        severity,
        article,
        start: held.start,
        end: held.end,
        message: `Title differs: this article calls ${name} “${held.office}”; ${quoted.map(([a]) => ctx.label(a)).slice(0, 2).join(', ')} say${quoted.length === 1 ? 's' : ''} “${said}”`,
        related: quoted.map(([a, h]) => ({ article: a, start: h.start, end: h.end, message: `called “${h.office}” here` })),
      });
    }
    // An article that gives the person two offices of the family contradicts itself; when several articles agree on
    // one of its offices and none says the other, the other is the slip.
    if (tie || majorityCount < 2) continue;
    const agreeing = [...single].filter(([, h]) => h.office === majority);
    for (const [article, offices] of articles) {
      if (offices.size < 2 || !offices.has(majority)) continue;
      for (const [office, held] of offices) {
        if (office === majority || counts.has(office)) continue;
        findings.push({
          rule: 'role-conflict',
          severity: 'information',
          article,
          start: written(held).start,
          end: written(held).end,
          message: `Title differs: this article calls ${name} “${office}” here and “${majority}” elsewhere; ${agreeing.map(([a]) => ctx.label(a)).slice(0, 2).join(', ')} say “${majority}”`,
          related: agreeing.map(([a, h]) => ({ article: a, start: h.start, end: h.end, message: `called “${h.office}” here` })),
        });
      }
    }
  }
  return findings;
}
