import type { Corpus } from '../corpus/corpus';
import { UnionFind } from '../corpus/unionFind';
import type { Dimension } from '../quantities/types';
import { ruleContext, type RuleContext } from '../rules/context';
import { SEVERITY_ORDER, type Finding, type RuleId, type Severity } from '../rules/types';
import { placeQuantities } from '../rules/slotConflicts';
import { alignSlots, conflicting, type AlignedPair, type Slot } from '../slots/alignSlots';
import type { ArticleAnalysis, Span } from '../types';
import { isNoun, rowLabel } from './rowLabel';
import { independentGroups, type SourceGroups } from './independence';
import { attributionOf } from './attribution';

/** One article of a story as a column of the view: who published it, when, and which independent source it is. */
export interface StorySource {
  article: string;
  /** The outlet named by a "Source:" line or a byline ("velora-times.example"), or null. */
  outlet: string | null;
  headline: string | null;
  /** ISO day of publication, or null. */
  published: string | null;
  /** A news agency the article credits ("AP" from "KESSA (AP) —"), or null. */
  credit: string | null;
  /** Index of its independent source: articles that copy one another or carry one agency's copy share a group. */
  group: number;
  /** Why it shares its group with other articles: copied text, a shared agency credit; empty when alone. */
  groupReasons: string[];
}

/** What an article says in one row: the value as written, where, and who it is attributed to. */
export interface StoryCell extends Span {
  article: string;
  /** The value as written in the article ("at least 12"). */
  text: string;
  /** The words that state it ("at least 12 people killed"). */
  phrase: string;
  /** Who the article attributes it to ("police", "the ministry"), or null. */
  attribution: string | null;
  /** For a date, what it resolves to (ISO: "2026-03-02", "2026-03"), for the story's timeline of events. */
  resolved?: string;
}

/**
 * agreed: every pair of values meets; disputed: two values cannot both be right; updated: the only differences are
 * a growing count that a later report gives higher; single-source: values from one independent source only.
 */
export type RowStatus = 'agreed' | 'disputed' | 'updated' | 'single-source';
/** What a row compares: figures, ordinals, dates and times (slots of quantities), spellings of names, offices. */
export type RowKind = 'figure' | 'ordinal' | 'date' | 'name' | 'role';

/** A finding as the view lists it (plain data: the rule, where, and its message). */
export interface StoryFinding extends Span {
  rule: RuleId;
  severity: Severity;
  article: string;
  message: string;
  /** The fact-checker's decision recorded in crosscheck.json, if any (dismissed findings are not in the story). */
  decision?: Finding['decision'];
}

export interface StoryRow {
  /** A key for the row that stays the same while the story's text does: kind, what it measures, first cell. */
  id: string;
  label: string;
  kind: RowKind;
  /** The quantity's dimension for figure, ordinal and date rows; null for names and roles. */
  dimension: Dimension | null;
  status: RowStatus;
  /** The strongest severity among the row's findings, or null when none touches it. */
  severity: Severity | null;
  /** Cells in the order of the view's sources (publication order); an article may give a row several cells. */
  cells: StoryCell[];
  /** How many independent sources give a value in this row. */
  independentSources: number;
  findings: StoryFinding[];
}

export interface StorySummary {
  articles: number;
  outlets: number;
  independentSources: number;
  disputed: number;
  updated: number;
  agreed: number;
  singleSource: number;
}

export interface StoryView {
  /** The story's id (stable while its articles stay grouped) and the article the view was asked for. */
  story: string;
  article: string;
  /** The story's articles, earliest publication first. */
  sources: StorySource[];
  /** Disputed rows first, then updates, agreements and single-source rows. */
  rows: StoryRow[];
  summary: StorySummary;
}

/** What the view may read besides the corpus: the findings of the corpus and, where at hand, article texts. */
export interface StoryViewOptions {
  findings: readonly Finding[];
  /** The text of an article, for labels built from words as written and for quotes; null when not at hand. */
  textOf?: (article: string) => string | null;
}

const STATUS_ORDER: Record<RowStatus, number> = { disputed: 0, updated: 1, agreed: 2, 'single-source': 3 };
const QUANTITY_RULES = new Set<RuleId>(['figure-conflict', 'ordinal-conflict', 'date-conflict', 'weekday-mismatch', 'single-source']);

/** How two aligned values relate: the same fact, a later higher report of a growing count, or a contradiction. */
function relation(pair: AlignedPair, published: (article: string) => string | null): 'agree' | 'update' | 'conflict' {
  if (!conflicting(pair)) return 'agree';
  const [pa, pb] = [published(pair.a.article), published(pair.b.article)];
  if (pair.a.quantity.grows && pair.b.quantity.grows && pa && pb && pa !== pb) {
    const [earlier, later] = pa < pb ? [pair.a, pair.b] : [pair.b, pair.a];
    if (later.quantity.low >= earlier.quantity.high) return 'update';
  }
  return 'conflict';
}

const KIND_OF: Record<Dimension, RowKind> = {
  count: 'figure', money: 'figure', percent: 'figure', duration: 'figure', length: 'figure', weight: 'figure', speed: 'figure',
  age: 'figure', ordinal: 'ordinal', time: 'date', date: 'date',
};

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const plainFinding = (f: Finding): StoryFinding => ({
  rule: f.rule, severity: f.severity, article: f.article, start: f.start, end: f.end, message: f.message, ...(f.decision ? { decision: f.decision } : {}),
});

function strongest(findings: readonly StoryFinding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (!best || SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[best]) best = f.severity;
  return best;
}

/** The sentence around an offset with its start, from the article's text, or null without it. */
function sentenceAt(analysis: ArticleAnalysis, text: string | null, index: number): { text: string; start: number } | null {
  const span = analysis.sentences[index];
  return text && span ? { text: text.slice(span.start, span.end), start: span.start } : null;
}

/**
 * The story of one article as a fact-checker reads it: its sources (outlet, headline, day, independent source), the
 * facts the articles state as rows (each article's value as written, with offsets and attribution), each row's
 * status, and the findings that touch it. Plain data; the server converts offsets, the CLI writes reports from it.
 */
export function buildStoryView(corpus: Corpus, article: string, options: StoryViewOptions): StoryView {
  const ctx = ruleContext(corpus);
  const members = corpus.storyMembers(article);
  const textOf = options.textOf ?? (() => null);
  const texts = new Map(members.map((id) => [id, textOf(id)]));
  const groups = independentGroups(corpus, members);
  const sources = sourcesOf(corpus, members, groups);
  const order = new Map(sources.map((s, i) => [s.article, i]));
  const inStory = new Set(members);
  const storyFindings = options.findings.filter((f) => inStory.has(f.article));
  const rows = [
    ...quantityRows(ctx, members, storyFindings, texts, groups),
    ...findingRows(corpus, storyFindings, texts, groups),
  ];
  for (const row of rows) row.cells.sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start);
  rows.sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status] || y.independentSources - x.independentSources ||
    y.cells.length - x.cells.length || x.label.localeCompare(y.label));
  const count = (status: RowStatus) => rows.filter((r) => r.status === status).length;
  const outlets = new Set(sources.map((s) => s.outlet ?? `\u0000${s.article}`)).size;
  return {
    story: corpus.storyOf(article),
    article,
    sources,
    rows,
    summary: {
      articles: sources.length, outlets, independentSources: new Set(sources.map((s) => s.group)).size,
      disputed: count('disputed'), updated: count('updated'), agreed: count('agreed'), singleSource: count('single-source'),
    },
  };
}

function sourcesOf(corpus: Corpus, members: readonly string[], groups: SourceGroups): StorySource[] {
  const sources = members.map((id): StorySource => {
    const meta = corpus.get(id)?.meta;
    return {
      article: id, outlet: meta?.source ?? null, headline: meta?.headline?.text ?? null, published: meta?.published ?? null,
      credit: groups.credit.get(id) ?? null, group: 0, groupReasons: groups.reasons.get(id) ?? [],
    };
  });
  sources.sort((x, y) => (x.published ?? '\uffff').localeCompare(y.published ?? '\uffff') || x.article.localeCompare(y.article));
  // Groups are numbered in the order their first article appears, so that "source 1" is the earliest.
  const numbers = new Map<string, number>();
  for (const source of sources) {
    const root = groups.groupOf(source.article);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    source.group = numbers.get(root)!;
  }
  return sources;
}

function quantityRows(ctx: RuleContext, members: readonly string[], findings: readonly Finding[],
  texts: ReadonlyMap<string, string | null>, groups: SourceGroups): StoryRow[] {
  const published = (id: string) => ctx.corpus.get(id)?.meta.published ?? null;
  const rows: StoryRow[] = [];
  for (const slot of alignSlots(placeQuantities(ctx, members))) {
    const relations = slot.pairs.map((pair) => relation(pair, published));
    const groupCount = new Set(slot.members.map((m) => groups.groupOf(m.article))).size;
    const status: RowStatus = relations.includes('conflict') ? 'disputed' : relations.includes('update') ? 'updated'
      : groupCount < 2 ? 'single-source' : 'agreed';
    const cells = slot.members.map(({ article, quantity }): StoryCell => {
      const text = texts.get(article) ?? null;
      const analysis = ctx.corpus.get(article)!;
      return {
        article, start: quantity.start, end: quantity.end, text: text ? text.slice(quantity.start, quantity.end) : String(quantity.value),
        phrase: quantity.phrase, attribution: attributionOf(analysis.attributions ?? [], quantity)?.text ?? null,
        ...(quantity.dimension === 'date' && typeof quantity.value === 'string' ? { resolved: quantity.value } : {}),
      };
    });
    const touching = findings.filter((f) => QUANTITY_RULES.has(f.rule) && touchesSlot(ctx, f, slot)).map(plainFinding);
    const first = representative(slot);
    const analysis = ctx.corpus.get(first.article)!;
    const q = first.quantity;
    rows.push({
      id: `${q.dimension}:${q.head ?? q.governor ?? ''}:${first.article}:${q.start}`,
      label: rowLabel(q, sentenceAt(analysis, texts.get(first.article) ?? null, q.sentence)),
      kind: KIND_OF[q.dimension], dimension: q.dimension, status, severity: strongest(touching), cells,
      independentSources: groupCount, findings: touching,
    });
  }
  return rows;
}

/** The member whose noun and verb most members share: the row is named after what most articles say. */
function representative(slot: Slot): Slot['members'][number] {
  const votes = new Map<string, number>();
  const key = (m: Slot['members'][number]) => `${m.quantity.head}\u0000${m.quantity.governor}`;
  for (const m of slot.members) votes.set(key(m), (votes.get(key(m)) ?? 0) + 1);
  return [...slot.members].sort((x, y) => (votes.get(key(y)) ?? 0) - (votes.get(key(x)) ?? 0) ||
    Number(y.quantity.head !== null) - Number(x.quantity.head !== null))[0];
}

/**
 * True when a finding is about a slot: it lies on a member, or on the article's first statement of a member's value
 * about the same noun (where the slot rule puts its finding).
 */
function touchesSlot(ctx: RuleContext, finding: Finding, slot: Slot): boolean {
  const own = slot.members.filter((m) => m.article === finding.article);
  if (own.some((m) => overlaps(m.quantity, finding))) return true;
  const stated = ctx.corpus.get(finding.article)?.quantities.find((q) => q.start === finding.start);
  return stated !== undefined && own.some(({ quantity: m }) => m.dimension === stated.dimension && m.head === stated.head &&
    m.low === stated.low && m.high === stated.high);
}

/**
 * Rows for spellings of names and offices of people, from the findings that compare them: a finding and the spans
 * it relates are one row (findings that share a span join one row). Only disagreements have rows here.
 */
function findingRows(corpus: Corpus, findings: readonly Finding[], texts: ReadonlyMap<string, string | null>, groups: SourceGroups): StoryRow[] {
  const compared = findings.filter((f) => f.rule === 'name-variant' || f.rule === 'role-conflict');
  const union = new UnionFind();
  const spanKey = (rule: string, article: string, start: number) => `${rule}\u0000${article}\u0000${start}`;
  for (const f of compared) {
    const own = spanKey(f.rule, f.article, f.start);
    union.find(own);
    for (const r of f.related) union.union(own, spanKey(f.rule, r.article, r.start));
  }
  const byRow = new Map<string, Finding[]>();
  for (const f of compared) {
    const root = union.find(spanKey(f.rule, f.article, f.start));
    byRow.set(root, [...(byRow.get(root) ?? []), f]);
  }
  const rows: StoryRow[] = [];
  for (const list of byRow.values()) {
    const cells = new Map<string, StoryCell>();
    const addCell = (article: string, span: Span) => {
      const key = `${article}\u0000${span.start}`;
      if (cells.has(key) || !corpus.get(article)) return;
      const text = texts.get(article);
      const written = text ? text.slice(span.start, span.end) : spanText(corpus.get(article)!, span);
      cells.set(key, { article, start: span.start, end: span.end, text: written, phrase: written, attribution: null });
    };
    for (const f of list) {
      addCell(f.article, f);
      for (const r of f.related) addCell(r.article, r);
    }
    const first = list[0];
    const kind: RowKind = first.rule === 'name-variant' ? 'name' : 'role';
    const label = kind === 'name' ? nameLabel(corpus.get(first.article), first) : roleLabel(corpus, first);
    const plain = list.map(plainFinding);
    rows.push({
      id: `${kind}:${first.article}:${first.start}`, label, kind, dimension: null, status: 'disputed', severity: strongest(plain),
      cells: [...cells.values()], independentSources: new Set([...cells.values()].map((c) => groups.groupOf(c.article))).size,
      findings: plain,
    });
  }
  return rows;
}

/** The text a span covers, from what the analysis kept of the article (names, roles, entities), without the text. */
function spanText(analysis: ArticleAnalysis, span: Span): string {
  const found = [...analysis.names, ...analysis.names.flatMap((n) => n.tokens), ...analysis.roles, ...analysis.entities]
    .find((m) => m.start === span.start && m.end === span.end);
  return found?.text ?? '';
}

/** "name of the airline" from the noun written before or after the name, else "spelling of “Velora Air”". */
function nameLabel(analysis: ArticleAnalysis | undefined, finding: Span): string {
  const name = analysis?.names.find((n) => n.start <= finding.start && finding.end <= n.end);
  const noun = [name?.title, name?.headNouns.at(-1)].find((word) => word && isNoun(word.split(' ').at(-1)!)) ?? null;
  if (noun) return `name of the ${noun}`;
  return `spelling of “${name?.text ?? (analysis ? spanText(analysis, finding) : '')}”`;
}

/** "office of Anna Doe", from the person the role belongs to. */
function roleLabel(corpus: Corpus, finding: Finding): string {
  const role = corpus.get(finding.article)?.roles.find((r) => overlaps(r, finding));
  const person = role ? corpus.entityAt(finding.article, role.nameStart) : undefined;
  return person ? `office of ${person.name}` : 'office';
}

/** "4 disputed facts in 9 articles from 6 independent sources": a story's summary in one sentence. */
export function summaryLine(summary: StorySummary): string {
  const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  const updates = summary.updated > 0 ? ` and ${plural(summary.updated, 'updated figure')}` : '';
  return `${plural(summary.disputed, 'disputed fact')}${updates} in ${plural(summary.articles, 'article')} from ` +
    `${plural(summary.outlets, 'outlet')}, ${plural(summary.independentSources, 'independent source')}`;
}
