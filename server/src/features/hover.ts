import type { Hover } from 'vscode-languageserver';
import type { CanonicalEntity } from '../engine/corpus/resolveEntities';
import type { DateMention, FigureMention } from '../engine/types';
import { attributionOf } from '../engine/workbench/attribution';
import { independenceNote } from './story';
import { offsetToPosition, spanToRange } from '../lsp/positions';
import { articleLabel, storyLine, type CurrentArticle, type FeatureContext } from './context';
import { describe, describeEntityKind } from './describe';
import { mentionAt } from './mentions';
import { distinctAliases, distinctTitles } from './cardText';
import { snippetAround } from './snippets';

/**
 * How many other articles a hover lists before "and N more": with their snippets (two lines each in VS Code's
 * card), the card fits VS Code's hover without a scroll bar.
 */
export const HOVER_ARTICLE_CAP = 3;
/** Characters of the line quoted around a mention of another article. */
const SNIPPET_WIDTH = 60;
/** Rows of a disputed claim's table before "and N more sources". */
const CLAIM_ROWS_CAP = 6;

interface OtherArticle {
  uri: string;
  spans: Array<{ start: number; end: number; text: string }>;
}

/** Groups occurrences by article, most mentions first, then by publication date. */
function byArticle(ctx: FeatureContext, occurrences: Array<{ article: string; start: number; end: number; text: string }>): OtherArticle[] {
  const grouped = new Map<string, OtherArticle>();
  for (const o of occurrences) {
    const entry = grouped.get(o.article) ?? { uri: o.article, spans: [] };
    entry.spans.push({ start: o.start, end: o.end, text: o.text });
    grouped.set(o.article, entry);
  }
  return [...grouped.values()].sort(
    (a, b) => b.spans.length - a.spans.length || (ctx.corpus.summary(a.uri).published ?? '').localeCompare(ctx.corpus.summary(b.uri).published ?? ''),
  );
}

async function articleLines(ctx: FeatureContext, others: OtherArticle[], describeSpans: (o: OtherArticle) => string): Promise<string[]> {
  const f = ctx.cardFormat;
  const lines: string[] = [];
  for (const other of others.slice(0, HOVER_ARTICLE_CAP)) {
    const analysis = ctx.corpus.get(other.uri);
    if (!analysis) continue;
    // Quote the body rather than the headline when the article names it in both.
    const headline = analysis.meta.headline;
    const first = other.spans.find((s) => !headline || s.start >= headline.end) ?? other.spans[0];
    const line = offsetToPosition(analysis, first.start).line;
    const text = await ctx.textOf(other.uri);
    const snippet = text ? ` — “${f.text(snippetAround(text, first, SNIPPET_WIDTH))}”` : '';
    lines.push(`- ${f.link(articleLabel(ctx.corpus, other.uri), other.uri, line)} · ${describeSpans(other)}${snippet}`);
  }
  if (others.length > HOVER_ARTICLE_CAP) lines.push(`- and ${others.length - HOVER_ARTICLE_CAP} more`);
  return lines;
}

async function entityCard(ctx: FeatureContext, current: CurrentArticle, entity: CanonicalEntity, writtenHere: string): Promise<string[]> {
  const f = ctx.cardFormat;
  // Name, kind and titles on one line, spellings on the next: each paragraph of a card costs a line and a margin.
  const titles = distinctTitles(entity.titles);
  const lines = [[`${f.bold(f.text(entity.name))}`, describeEntityKind(entity.kind), ...(titles.length > 0 ? [titles.map(f.text).join(', ')] : [])].join(' · ')];
  const aliases = distinctAliases(entity.aliases, [entity.name, writtenHere]);
  const spellings = [
    ...(writtenHere !== entity.name ? [`written here as “${f.text(writtenHere)}”`] : []),
    ...(aliases.length > 0 ? [`also written ${aliases.map((a) => `“${f.text(a)}”`).join(', ')}`] : []),
  ];
  if (spellings.length > 0) lines.push(spellings.join(' · '));
  const others = byArticle(ctx, entity.mentions.filter((m) => m.article !== current.document.uri));
  if (others.length === 0) {
    lines.push(f.italic('not mentioned in any other article of the corpus'));
    return lines;
  }
  lines.push(f.bold(`mentioned in ${others.length} other article${others.length === 1 ? '' : 's'}`));
  lines.push((await articleLines(ctx, others, (o) => `${o.spans.length} mention${o.spans.length === 1 ? '' : 's'}`)).join('\n'));
  return lines;
}

async function dateCard(ctx: FeatureContext, current: CurrentArticle, date: DateMention): Promise<string[]> {
  if (!date.value) return [];
  const others = byArticle(ctx, ctx.corpus.datesLike(date.value, current.document.uri, true).map((o) => ({ article: o.article, start: o.date.start, end: o.date.end, text: o.date.text })));
  if (others.length === 0) return [];
  const f = ctx.cardFormat;
  return [
    f.bold(`this date in ${others.length} other article${others.length === 1 ? '' : 's'}`),
    (await articleLines(ctx, others, (o) => o.spans.map((s) => `“${f.text(s.text)}”`).join(', '))).join('\n'),
  ];
}

async function figureCard(ctx: FeatureContext, current: CurrentArticle, figure: FigureMention): Promise<string[]> {
  const occurrences = ctx.corpus.figuresLike(figure, current.document.uri, true);
  if (occurrences.length === 0) return [];
  const others = byArticle(ctx, occurrences.map((o) => ({ article: o.article, start: o.figure.start, end: o.figure.end, text: o.figure.text })));
  const values = new Map(occurrences.map((o) => [`${o.article}\u0000${o.figure.start}`, o.figure.value]));
  const f = ctx.cardFormat;
  return [
    f.bold(`other articles on “${f.text(figure.unit ?? '')}”`),
    (await articleLines(ctx, others, (o) => o.spans.map((s) => `“${f.text(s.text)}” (${values.get(`${o.uri}\u0000${s.start}`)})`).join(', '))).join('\n'),
  ];
}

/**
 * Hover card: what the annotation is and its normalised value; for a name, the canonical entity with its titles,
 * other spellings and the other articles that mention it (headline, count, snippet, link to the line); for a date
 * or a figure, the other articles that name the same day or count the same thing.
 */
/** A table of what each article says where a figure or date is disputed: source, what it says, publication date. */
function claimTable(ctx: FeatureContext, current: CurrentArticle, start: number): string[] {
  const findings = (ctx.findings?.() ?? []).filter((f) => f.article === current.document.uri && f.start === start && f.related.length > 0);
  if (findings.length === 0) return [];
  const text = current.document.getText();
  const f = ctx.cardFormat;
  const rows = [['this article', f.text(text.slice(findings[0].start, findings[0].end)), ctx.corpus.summary(current.document.uri).published ?? '—']];
  const related = findings.flatMap((finding) => finding.related);
  for (const other of related.slice(0, CLAIM_ROWS_CAP)) {
    const says = other.message.replace(/^.*? says /, '');
    rows.push([f.text(ctx.corpus.get(other.article)?.meta.source ?? articleLabel(ctx.corpus, other.article)), f.text(says), ctx.corpus.summary(other.article).published ?? '—']);
  }
  const more = related.length > CLAIM_ROWS_CAP ? [`and ${related.length - CLAIM_ROWS_CAP} more sources`] : [];
  return [`${f.bold('disputed')} — ${f.text(findings[0].message.split(':')[0])}`, f.table(['source', 'says', 'published'], rows), ...more];
}

export async function provideHover(ctx: FeatureContext, current: CurrentArticle, offset: number): Promise<Hover | null> {
  const found = mentionAt(current.analysis, offset);
  if (!found) return null;
  const f = ctx.cardFormat;
  let lines: string[];
  if (found.type === 'entity') {
    const entity = ctx.corpus.settledEntityAt(current.document.uri, found.mention.start);
    // The recogniser's evidence (mention.evidence) stays in the analysis for debugging; it is no reading matter.
    lines = entity ? await entityCard(ctx, current, entity, found.mention.text) : [f.bold(f.text(describe(found)))];
  } else {
    lines = [f.bold(f.text(describe(found)))];
    if (found.type === 'date') {
      const date = found.mention;
      if (date.relative && date.value) lines.push(f.italic('resolved against the publication date'));
      if (date.statedWeekday) lines.push(`weekday written: ${date.statedWeekday}`);
      lines.push(...claimTable(ctx, current, date.start));
      lines.push(...(await dateCard(ctx, current, date)));
    } else {
      // Who the figure is attributed to ("police said"), from the quantity that states it.
      const quantity = current.analysis.quantities.find((q) => q.start <= found.mention.start && found.mention.end <= q.end);
      const speaker = quantity ? attributionOf(current.analysis.attributions ?? [], quantity) : null;
      if (speaker) lines.push(`according to: ${f.text(speaker.text)}`);
      lines.push(...claimTable(ctx, current, found.mention.start));
      lines.push(...(await figureCard(ctx, current, found.mention)));
    }
  }
  // Which story the article belongs to: its claims are compared with these articles only.
  lines.push(f.italic(`${storyLine(ctx.corpus, current.document.uri)}${independenceNote(ctx.corpus, current.document.uri)}`));
  return { contents: { kind: f.kind, value: lines.join('\n\n') }, range: spanToRange(current.document, found.mention) };
}
