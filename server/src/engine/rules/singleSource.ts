import type { RuleContext } from './context';
import { claimKey, type Agreement } from './slotConflicts';
import type { Finding } from './types';

/** A figure no other article states (information; off unless configured): worth a second source. */
export function singleSource(ctx: RuleContext, agreement: Agreement): Finding[] {
  const findings: Finding[] = [];
  for (const article of ctx.articles) {
    for (const claim of ctx.corpus.get(article)!.quantities) {
      if (claim.dimension === 'date' || claim.dimension === 'time' || ctx.isBoilerplate(article, claim.start)) continue;
      const key = claimKey(article, claim);
      if (agreement.corroborated.has(key) || agreement.disputed.has(key)) continue;
      findings.push({
        rule: 'single-source',
        severity: 'information',
        article,
        start: claim.start,
        end: claim.end,
        message: `Only this article states “${claim.phrase}”`,
        related: [],
      });
    }
  }
  return findings;
}
