import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columns, events, moveFocus, timeline, visibleRows } from '../../client/src/claims/model';
import type { WireRow, WireStoryView } from '../../client/src/claims/storyTypes';

const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } };
const cell = (uri: string, text: string) => ({ uri, text, phrase: `${text} schools`, attribution: null, range });
const row = (id: string, kind: WireRow['kind'], status: WireRow['status'], cells: ReturnType<typeof cell>[]): WireRow => ({ id, label: id, kind, status, cells, independentSources: 2, findings: [] });

// An invented story: three outlets, two of which carry the same wire copy.
const view: WireStoryView = {
  story: 's1',
  uri: 'file:///a.txt',
  sources: [
    { uri: 'file:///c.txt', outlet: 'Merrow Post', headline: null, published: null, credit: null, group: 2 },
    { uri: 'file:///b.txt', outlet: 'Karlin Daily', headline: null, published: '2026-03-04', credit: 'Kessa Wire', group: 1 },
    { uri: 'file:///a.txt', outlet: 'Velora Times', headline: null, published: '2026-03-03', credit: 'Kessa Wire', group: 1 },
  ],
  rows: [
    row('schools opened', 'figure', 'agreed', [cell('file:///a.txt', '14'), cell('file:///b.txt', '14')]),
    row('death toll', 'figure', 'updated', [cell('file:///a.txt', '3'), cell('file:///b.txt', '5'), cell('file:///c.txt', '7')]),
    row('meeting count', 'ordinal', 'disputed', [cell('file:///a.txt', 'second'), cell('file:///c.txt', 'third')]),
  ],
  summary: { articles: 3, outlets: 3, independentSources: 2, disputed: 1, updated: 1, agreed: 1, singleSource: 0 },
  summaryText: '1 disputed fact and 1 updated figure in 3 articles from 3 outlets, 2 independent sources',
};

test('rows: disputed first, then updated, then agreed; filters by status and kind', () => {
  assert.deepEqual(visibleRows(view, { onlyDisputed: false, kind: 'all' }).map((r) => r.id), ['meeting count', 'death toll', 'schools opened']);
  assert.deepEqual(visibleRows(view, { onlyDisputed: true, kind: 'all' }).map((r) => r.id), ['meeting count']);
  assert.deepEqual(visibleRows(view, { onlyDisputed: false, kind: 'figure' }).map((r) => r.id), ['death toll', 'schools opened']);
});

test('columns follow publication time, unknown times last', () => {
  assert.deepEqual(columns(view).map((s) => s.outlet), ['Velora Times', 'Karlin Daily', 'Merrow Post']);
});

test('a row\'s timeline lists each source\'s values in order of publication', () => {
  assert.deepEqual(timeline(view, view.rows[1]).map((e) => [e.source.outlet, e.values.join()]), [['Velora Times', '3'], ['Karlin Daily', '5'], ['Merrow Post', '7']]);
  assert.deepEqual(timeline(view, view.rows[2]).map((e) => e.source.outlet), ['Velora Times', 'Merrow Post']);
});

const moves: Array<[string, { row: number; column: number }]> = [
  ['ArrowDown', { row: 2, column: 1 }], ['ArrowUp', { row: 0, column: 1 }], ['ArrowLeft', { row: 1, column: 0 }],
  ['ArrowRight', { row: 1, column: 2 }], ['Home', { row: 1, column: 0 }], ['End', { row: 1, column: 2 }], ['a', { row: 1, column: 1 }],
];

test('arrow keys move between cells and stop at the edges', () => {
  for (const [key, expected] of moves) assert.deepEqual(moveFocus({ row: 1, column: 1 }, key, { rows: 3, columns: 3 }), expected, key);
  assert.deepEqual(moveFocus({ row: 2, column: 2 }, 'ArrowDown', { rows: 3, columns: 3 }), { row: 2, column: 2 });
});

test('events: the date claims with their resolved dates, earliest first; undated claims left out', () => {
  const dated = (uri: string, text: string, resolved?: string) => ({ ...cell(uri, text), ...(resolved ? { resolved } : {}) });
  const story: WireStoryView = {
    ...view,
    rows: [
      ...view.rows,
      row('date (vote)', 'date', 'disputed', [dated('file:///a.txt', 'Tuesday', '2026-03-03'), dated('file:///c.txt', 'Wednesday', '2026-03-04')]),
      row('date (flood)', 'date', 'agreed', [dated('file:///a.txt', 'March 1', '2026-03-01'), dated('file:///b.txt', 'on Sunday', '2026-03-01')]),
      row('date (talks)', 'date', 'single-source', [dated('file:///b.txt', 'soon')]),
    ],
  };
  assert.deepEqual(events(story), [
    { label: 'date (flood)', dates: ['2026-03-01'], sources: 2 },
    { label: 'date (vote)', dates: ['2026-03-03', '2026-03-04'], sources: 2 },
  ]);
});
