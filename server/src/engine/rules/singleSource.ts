import type { RuleContext } from './context';
import { claimKey, type Agreement } from './slotConflicts';
import type { Finding } from './types';
import { independentGroups, type SourceGroups } from '../workbench/independence';

/**
 * A figure no other independent source states (information; off unless configured): worth a second source. A figure
 * that only copies of the article's text, or articles of its agency or outlet, repeat is still told, with how many
 * articles repeat it.
 */
export function singleSource(ctx: RuleContext, agreement: Agreement): Finding[] {
  const findings: Finding[] = [];
  const groupsByStory = new Map<string, SourceGroups>();
  const groupsOf = (article: string): SourceGroups => {
    const story = ctx.story(article);
    let groups = groupsByStory.get(story);
    if (!groups) {
      groups = independentGroups(ctx.corpus, ctx.corpus.storyMembers(article));
      groupsByStory.set(story, groups);
    }
    return groups;
  };
  for (const article of ctx.articles) {
    for (const claim of ctx.corpus.get(article)!.quantities) {
      if (claim.dimension === 'date' || claim.dimension === 'time' || ctx.isBoilerplate(article, claim.start)) continue;
      const key = claimKey(article, claim);
      if (agreement.disputed.has(key)) continue;
      let repeated = 0;
      if (agreement.corroborated.has(key)) {
        const by = agreement.corroboratedBy?.get(key);
        if (!by) continue;
        const groups = groupsOf(article);
        if ([...by].some((other) => groups.groupOf(other) !== groups.groupOf(article))) continue;
        repeated = by.size;
      }
      findings.push({
        rule: 'single-source',
        severity: 'information',
        article,
        start: claim.start,
        end: claim.end,
        message: repeated > 0
          ? `Only this article’s source states “${claim.phrase}”: ${repeated} other article${repeated === 1 ? '' : 's'} repeat${repeated === 1 ? 's' : ''} its text, agency or outlet`
          : `Only this article states “${claim.phrase}”`,
        related: [],
      });
    }
  }
  return findings;
}
