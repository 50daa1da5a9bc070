import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { EntityKind } from '../engine/types';
import { matchKey } from '../engine/text/fold';
import { location, spanToRange } from '../lsp/positions';
import type { CurrentArticle, FeatureContext } from './context';
import { describeDate, describeFigure } from './describe';

const GROUPS: Array<{ kind: EntityKind; label: string; symbol: SymbolKind }> = [
  { kind: 'person', label: 'People', symbol: SymbolKind.Constant },
  { kind: 'organization', label: 'Organisations', symbol: SymbolKind.Class },
  { kind: 'place', label: 'Places', symbol: SymbolKind.Namespace },
  { kind: 'other', label: 'Other names', symbol: SymbolKind.Struct },
];

const ENTITY_SYMBOL: Record<EntityKind, SymbolKind> = { person: SymbolKind.Constant, organization: SymbolKind.Class, place: SymbolKind.Namespace, other: SymbolKind.Struct };

/** The Outline: the article's entities grouped by kind (one symbol per entity, at its first mention), dates, figures. */
export function provideDocumentSymbols(ctx: FeatureContext, current: CurrentArticle): DocumentSymbol[] {
  const { document, analysis } = current;
  const groups: DocumentSymbol[] = [];
  for (const group of GROUPS) {
    const byName = new Map<string, { name: string; mentions: typeof analysis.entities }>();
    for (const mention of analysis.entities.filter((e) => e.kind === group.kind)) {
      const entity = ctx.corpus.entityAt(document.uri, mention.start);
      const id = entity?.id ?? mention.key;
      const entry = byName.get(id) ?? { name: entity?.name ?? mention.canonical, mentions: [] };
      entry.mentions.push(mention);
      byName.set(id, entry);
    }
    if (byName.size === 0) continue;
    const children = [...byName.values()].map(({ name, mentions }) => ({
      name,
      detail: `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
      kind: group.symbol,
      range: spanToRange(document, mentions[0]),
      selectionRange: spanToRange(document, mentions[0]),
    }));
    groups.push(container(group.label, group.symbol, children));
  }
  const dates = analysis.dates.map((d) => ({ name: d.text, detail: describeDate(d), kind: SymbolKind.Event, range: spanToRange(document, d), selectionRange: spanToRange(document, d) }));
  if (dates.length > 0) groups.push(container('Dates', SymbolKind.Event, dates));
  const figures = analysis.figures.map((f) => ({ name: f.text, detail: describeFigure(f), kind: SymbolKind.Number, range: spanToRange(document, f), selectionRange: spanToRange(document, f) }));
  if (figures.length > 0) groups.push(container('Figures', SymbolKind.Number, figures));
  return groups;
}

function container(name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const ranges = children.map((c) => c.range);
  const start = ranges.reduce((a, b) => (b.start.line < a.start.line || (b.start.line === a.start.line && b.start.character < a.start.character) ? b : a)).start;
  const end = ranges.reduce((a, b) => (b.end.line > a.end.line || (b.end.line === a.end.line && b.end.character > a.end.character) ? b : a)).end;
  return { name, kind, range: { start, end }, selectionRange: { start, end: start }, children };
}

/**
 * Fuzzy match: every character of the query appears in order in the name; a tighter, earlier match scores higher.
 * Returns null when it does not match.
 */
export function fuzzyScore(query: string, name: string): number | null {
  const q = matchKey(query).replace(/ /g, '');
  const n = matchKey(name);
  if (q.length === 0) return 0;
  let position = -1;
  let score = 0;
  let previous = -2;
  for (const char of q) {
    const next = n.indexOf(char, position + 1);
    if (next < 0) return null;
    score += next === previous + 1 ? 3 : next === 0 || n[next - 1] === ' ' ? 2 : 1;
    previous = next;
    position = next;
  }
  return score - n.length / 100;
}

/** Workspace symbols: entities anywhere in the corpus whose name or spellings fuzzily match the query. */
export function provideWorkspaceSymbols(ctx: FeatureContext, query: string, limit = 200): WorkspaceSymbol[] {
  const scored: Array<{ score: number; symbol: WorkspaceSymbol }> = [];
  for (const entity of ctx.corpus.entities()) {
    const score = Math.max(...[entity.name, ...entity.aliases].map((n) => fuzzyScore(query, n) ?? -Infinity));
    if (score === -Infinity) continue;
    const first = entity.mentions[0];
    const analysis = ctx.corpus.get(first.article);
    if (!analysis) continue;
    const articles = new Set(entity.mentions.map((m) => m.article)).size;
    scored.push({
      score: score + Math.log(1 + entity.mentions.length) / 10,
      symbol: { name: entity.name, kind: ENTITY_SYMBOL[entity.kind], containerName: `${entity.kind} · ${articles} article${articles === 1 ? '' : 's'}`, location: location(first.article, analysis, first) },
    });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.symbol);
}
