import type { RowStatus, WireCell, WireRow, WireSource, WireStoryView } from './storyTypes';

/** What the user chose to see. */
export interface Filters {
  onlyDisputed: boolean;
  /** A row kind, or 'all'. */
  kind: WireRow['kind'] | 'all';
}

/** Rows shown under the filters: disputed first, then updated, then the rest, each in the server's order. */
export function visibleRows(view: WireStoryView, filters: Filters): WireRow[] {
  const order: Record<RowStatus, number> = { disputed: 0, updated: 1, agreed: 2, 'single-source': 3 };
  return view.rows
    .filter((row) => (!filters.onlyDisputed || row.status === 'disputed') && (filters.kind === 'all' || row.kind === filters.kind))
    .map((row, index) => ({ row, index }))
    .sort((a, b) => order[a.row.status] - order[b.row.status] || a.index - b.index)
    .map(({ row }) => row);
}

/** The columns: sources by publication time (unknown times last), then by outlet. */
export function columns(view: WireStoryView): WireSource[] {
  return [...view.sources].sort((a, b) =>
    (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || (a.outlet ?? '').localeCompare(b.outlet ?? '') || a.uri.localeCompare(b.uri));
}

/** The cells a source gives in a row (usually one; an article may state a value twice). */
export function cellsOf(row: WireRow, source: WireSource): WireCell[] {
  return row.cells.filter((cell) => cell.uri === source.uri);
}

/** A column's heading: the outlet, else the file's name. */
export function sourceTitle(source: WireSource): string {
  return source.outlet ?? decodeURIComponent(source.uri.slice(source.uri.lastIndexOf('/') + 1));
}

export interface TimelineEntry {
  source: WireSource;
  published: string | null;
  values: string[];
}

/**
 * The timeline of one row: every source by publication time with the values it gave, so that a rising toll reads as
 * a sequence of updates; sources that give no value are left out.
 */
export function timeline(view: WireStoryView, row: WireRow): TimelineEntry[] {
  return columns(view)
    .map((source) => ({ source, published: source.published, values: cellsOf(row, source).map((c) => c.text) }))
    .filter((entry) => entry.values.length > 0);
}

/** Where keyboard focus goes from a cell: arrows move within the grid's bounds. */
export function moveFocus(at: { row: number; column: number }, key: string, size: { rows: number; columns: number }): { row: number; column: number } {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max - 1, value));
  switch (key) {
    case 'ArrowUp': return { row: clamp(at.row - 1, size.rows), column: at.column };
    case 'ArrowDown': return { row: clamp(at.row + 1, size.rows), column: at.column };
    case 'ArrowLeft': return { row: at.row, column: clamp(at.column - 1, size.columns) };
    case 'ArrowRight': return { row: at.row, column: clamp(at.column + 1, size.columns) };
    case 'Home': return { row: at.row, column: 0 };
    case 'End': return { row: at.row, column: size.columns - 1 };
    default: return at;
  }
}

export interface StoryEvent {
  /** The claim the dates belong to ("date (meeting)"). */
  label: string;
  /** The resolved dates the sources give, earliest first (more than one when they disagree or are vague). */
  dates: string[];
  /** How many sources date it. */
  sources: number;
}

/** The story's events: each date claim with the dates its sources resolve it to, in order of the earliest date. */
export function events(view: WireStoryView): StoryEvent[] {
  return view.rows
    .filter((row) => row.kind === 'date')
    .map((row) => {
      const dated = row.cells.filter((cell) => cell.resolved);
      return { label: row.label, dates: [...new Set(dated.map((cell) => cell.resolved!))].sort(), sources: new Set(dated.map((cell) => cell.uri)).size };
    })
    .filter((event) => event.dates.length > 0)
    .sort((a, b) => a.dates[0].localeCompare(b.dates[0]) || a.label.localeCompare(b.label));
}
