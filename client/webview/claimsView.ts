import './claimsView.css';
import { cellsOf, columns, events, moveFocus, sourceTitle, timeline, visibleRows, type Filters } from '../src/claims/model';
import type { HostMessage, ViewMessage, WireRow, WireStoryView } from '../src/claims/storyTypes';

// The webview's side of the claims view: renders the matrix and the timeline from the story the extension host
// sends, and asks the host to open a line. Every text from the articles goes in through textContent, never as HTML.

declare function acquireVsCodeApi(): { postMessage(message: ViewMessage): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const filters: Filters = { onlyDisputed: false, kind: 'all' };
let story: WireStoryView | null = null;
let selectedRow: string | null = null;
let focus = { row: 0, column: 0 };

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
};

const STATUS_TEXT: Record<WireRow['status'], string> = { disputed: 'disputed', updated: 'updated over time', agreed: 'agreed', 'single-source': 'one source' };

function render(): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  if (!story) return;
  root.append(element('p', { class: 'summary', id: 'summary' }, story.summaryText));
  const sources = columns(story);
  const rows = visibleRows(story, filters);
  focus = { row: Math.min(focus.row, Math.max(0, rows.length - 1)), column: Math.min(focus.column, Math.max(0, sources.length - 1)) };
  const table = element('table', { role: 'grid', 'aria-label': 'Claims by source', id: 'matrix' });
  const head = element('tr');
  head.append(element('th', { scope: 'col' }, 'Claim'));
  for (const source of sources) {
    const th = element('th', { scope: 'col', title: source.headline ?? '', 'data-uri': source.uri });
    th.append(element('span', { class: 'outlet' }, sourceTitle(source)));
    if (source.credit) th.append(element('span', { class: 'credit' }, ` (${source.credit})`));
    th.append(element('span', { class: 'published' }, source.published ?? 'date unknown'));
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  table.append(thead);
  const body = element('tbody');
  rows.forEach((row, r) => {
    const tr = element('tr', { class: `status-${row.status}${row.id === selectedRow ? ' selected' : ''}`, 'data-row': row.id });
    const label = element('th', { scope: 'row' });
    const pick = element('button', { class: 'row-label', title: 'Show this claim on the timeline' }, row.label);
    pick.addEventListener('click', () => {
      selectedRow = row.id;
      render();
    });
    label.append(pick, element('span', { class: `badge badge-${row.status}` }, STATUS_TEXT[row.status]));
    tr.append(label);
    sources.forEach((source, c) => {
      const td = element('td', { role: 'gridcell' });
      const cells = cellsOf(row, source);
      if (cells.length === 0) td.append(element('span', { class: 'absent', 'aria-label': 'not stated' }, '—'));
      for (const cell of cells) {
        const focused = r === focus.row && c === focus.column;
        const button = element('button', {
          class: 'cell', tabindex: focused ? '0' : '-1', 'data-r': String(r), 'data-c': String(c), 'data-uri': cell.uri,
          title: `${cell.phrase}${cell.attribution ? ` — ${cell.attribution}` : ''} (line ${cell.range.start.line + 1})`,
        }, cell.text);
        button.addEventListener('click', () => vscode.postMessage({ type: 'open', uri: cell.uri, range: cell.range }));
        td.append(button);
        if (cell.attribution) td.append(element('span', { class: 'attribution' }, cell.attribution));
      }
      tr.append(td);
    });
    body.append(tr);
  });
  table.append(body);
  root.append(rows.length > 0 ? table : element('p', { class: 'empty' }, filters.onlyDisputed ? 'No disputed claims in this story.' : 'No claims to compare in this story.'));
  renderTimeline(root);
}

function renderTimeline(root: HTMLElement): void {
  const row = story?.rows.find((r) => r.id === selectedRow);
  const section = element('section', { class: 'timeline', 'aria-label': 'Timeline', id: 'timeline' });
  section.append(element('h2', {}, row ? `Timeline: ${row.label}` : 'Timeline'));
  if (story) root.append(eventsList(story));
  if (!story || !row) {
    section.append(element('p', { class: 'hint' }, 'Choose a claim to see what each source said, in order of publication.'));
    root.append(section);
    return;
  }
  const list = element('ol');
  for (const entry of timeline(story, row)) {
    const item = element('li');
    item.append(element('span', { class: 'published' }, entry.published ?? 'date unknown'), element('span', { class: 'outlet' }, sourceTitle(entry.source)), element('strong', {}, entry.values.join(', ')));
    list.append(item);
  }
  section.append(list);
  if (row.findings.length > 0) section.append(findingsList(row));
  root.append(section);
}

/** The story's dated events, earliest first, with the dates their sources give. */
function eventsList(view: WireStoryView): HTMLElement {
  const section = element('section', { class: 'events', 'aria-label': 'Events', id: 'events' });
  section.append(element('h2', {}, 'Events'));
  const dated = events(view);
  if (dated.length === 0) {
    section.append(element('p', { class: 'hint' }, 'No dated event in this story.'));
    return section;
  }
  const list = element('ol');
  for (const event of dated) {
    const item = element('li');
    item.append(element('span', { class: 'published' }, event.dates.join(' / ')), element('span', { class: 'outlet' }, event.label),
      element('span', { class: 'sources' }, `${event.sources} source${event.sources === 1 ? '' : 's'}`));
    list.append(item);
  }
  section.append(list);
  return section;
}

const DECIDED: Record<string, string> = { confirmed: 'confirmed as an error', noted: 'noted' };

/** The findings of a claim, each with what was decided and buttons to decide (recorded in crosscheck.json). */
function findingsList(row: WireRow): HTMLElement {
  const section = element('section', { class: 'findings', 'aria-label': 'Findings on this claim' });
  section.append(element('h2', {}, 'Findings'));
  const list = element('ul');
  for (const finding of row.findings) {
    const item = element('li');
    const source = story?.sources.find((s) => s.uri === finding.uri);
    item.append(element('span', { class: 'outlet' }, source ? sourceTitle(source) : finding.key.file), element('span', { class: 'message' }, finding.message));
    if (finding.decision) item.append(element('span', { class: `badge decision-${finding.decision.kind}` }, DECIDED[finding.decision.kind]));
    const decide = (label: string, decision?: 'confirmed' | 'dismissed') => {
      const button = element('button', { class: 'decide', title: decision ? `Record “${decision}” in crosscheck.json` : 'Choose a decision and write a note' }, label);
      button.addEventListener('click', () => vscode.postMessage({ type: 'decide', key: finding.key, ...(decision ? { decision } : {}) }));
      return button;
    };
    item.append(decide('Confirm', 'confirmed'), decide('Dismiss', 'dismissed'), decide('Note…'));
    list.append(item);
  }
  section.append(list);
  return section;
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (!target.classList.contains('cell')) return;
  const rows = document.querySelectorAll('#matrix tbody tr').length;
  const columnCount = story ? story.sources.length : 0;
  const next = moveFocus({ row: Number(target.dataset.r), column: Number(target.dataset.c) }, event.key, { rows, columns: columnCount });
  if (next.row === focus.row && next.column === focus.column && (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End')) return;
  const cell = document.querySelector<HTMLElement>(`.cell[data-r="${next.row}"][data-c="${next.column}"]`);
  if (!cell) return;
  event.preventDefault();
  target.tabIndex = -1;
  cell.tabIndex = 0;
  focus = next;
  cell.focus();
});

document.getElementById('only-disputed')!.addEventListener('change', (event) => {
  filters.onlyDisputed = (event.target as HTMLInputElement).checked;
  render();
});
document.getElementById('kind')!.addEventListener('change', (event) => {
  filters.kind = (event.target as HTMLSelectElement).value as Filters['kind'];
  render();
});

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  const status = document.getElementById('status')!;
  if (message.type === 'empty') {
    story = null;
    status.textContent = message.reason;
  } else {
    story = message.view;
    status.textContent = '';
    if (!story.rows.some((r) => r.id === selectedRow)) selectedRow = story.rows.find((r) => r.status === 'disputed')?.id ?? null;
  }
  render();
});

vscode.postMessage({ type: 'ready' });
