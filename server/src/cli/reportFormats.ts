import type { Corpus } from '../engine/corpus/corpus';
import type { Finding } from '../engine/rules/types';
import { offsetToLineColumn } from '../engine/text/lineIndex';
import { buildStoryView, summaryLine, type StoryCell, type StoryView } from '../engine/workbench/storyView';

export type ReportFormat = 'md' | 'html' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'csv'];

/** A cell as a report prints it: where it is (file:line), which source said it, and the sentence it is in. */
interface ReportCell {
  cell: StoryCell;
  line: number;
  column: number;
  source: string;
  group: number;
  quote: string;
}

interface ReportStory {
  view: StoryView;
  title: string;
  cells: Map<StoryCell, ReportCell>;
  /** The 1-based line of an offset of an article. */
  lineOf(article: string, offset: number): number;
}

// A quoted sentence is cut to this many characters around the value, so that a table stays readable.
const QUOTE_CHARS = 220;

/** The sentence around a span, cut around the span when long, on one line. */
function quoteOf(corpus: Corpus, text: string | null, article: string, start: number, end: number): string {
  const analysis = corpus.get(article);
  if (!text || !analysis) return '';
  const sentence = analysis.sentences.find((s) => s.start <= start && end <= s.end) ?? { start, end };
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > QUOTE_CHARS) {
    from = Math.max(sentence.start, start - QUOTE_CHARS / 2);
    to = Math.min(sentence.end, from + QUOTE_CHARS);
  }
  const cut = (from > sentence.start ? '…' : '') + text.slice(from, to).trim() + (to < sentence.end ? '…' : '');
  return cut.replace(/\s+/g, ' ');
}

/**
 * The stories a report covers: every story with a disputed fact (or every story with `all`), most disputed first,
 * each as its story view with every cell's line, source name and quote.
 */
export function reportStories(corpus: Corpus, findings: readonly Finding[], textOf: (article: string) => string | null, all: boolean): ReportStory[] {
  const stories: ReportStory[] = [];
  for (const members of corpus.allStories().values()) {
    if (members.length === 0) continue;
    const view = buildStoryView(corpus, members[0], { findings, textOf });
    if (!all && view.summary.disputed === 0) continue;
    const sourceOf = new Map(view.sources.map((s) => [s.article, s]));
    const cells = new Map<StoryCell, ReportCell>();
    for (const row of view.rows) {
      for (const cell of row.cells) {
        const analysis = corpus.get(cell.article);
        const { line, column } = offsetToLineColumn(analysis?.lineStarts ?? [0], cell.start);
        const source = sourceOf.get(cell.article);
        cells.set(cell, {
          cell, line: line + 1, column: column + 1, source: sourceName(source?.outlet ?? null, source?.published ?? null, cell.article),
          group: source?.group ?? 0, quote: quoteOf(corpus, textOf(cell.article), cell.article, cell.start, cell.end),
        });
      }
    }
    const first = view.sources[0];
    const lineOf = (article: string, offset: number) => offsetToLineColumn(corpus.get(article)?.lineStarts ?? [0], offset).line + 1;
    stories.push({ view, title: first?.headline ?? first?.article ?? members[0], cells, lineOf });
  }
  return stories.sort((a, b) => b.view.summary.disputed - a.view.summary.disputed || a.title.localeCompare(b.title));
}

const sourceName = (outlet: string | null, published: string | null, article: string): string =>
  `${outlet ?? article}${published ? ` (${published})` : ''}`;

/** "A", "B", … "Z", "AA": the letter of an independent source, so that columns read "source A" rather than numbers. */
export function groupLetter(group: number): string {
  let n = group;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** The report's opening line: how many stories, facts and articles it covers. */
function overall(stories: readonly ReportStory[], articles: number): string {
  const disputed = stories.reduce((n, s) => n + s.view.summary.disputed, 0);
  return `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} with ${disputed} disputed fact${disputed === 1 ? '' : 's'}, from ${articles} article${articles === 1 ? '' : 's'}`;
}

const mdCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown: per story its summary, its sources, each row's values by source with quotes and file:line, findings. */
export function reportMarkdown(stories: readonly ReportStory[], articles: number): string {
  const out = ['# Crosscheck report', '', overall(stories, articles)];
  for (const story of stories) {
    const { view } = story;
    out.push('', `## ${mdCell(story.title)}`, '', summaryLine(view.summary), '');
    out.push('| file | outlet | published | credit | independent source |', '| --- | --- | --- | --- | --- |');
    for (const s of view.sources) {
      out.push(`| ${mdCell(s.article)} | ${mdCell(s.outlet ?? '—')} | ${s.published ?? '—'} | ${mdCell(s.credit ?? '—')} | ${groupLetter(s.group)} |`);
    }
    for (const row of view.rows) {
      out.push('', `### ${mdCell(row.label)} — ${row.status}`, '');
      out.push('| source | says | attributed to | quote | where |', '| --- | --- | --- | --- | --- |');
      for (const cell of row.cells) {
        const c = story.cells.get(cell)!;
        out.push(`| ${mdCell(c.source)} | ${mdCell(cell.text)} | ${mdCell(cell.attribution ?? '—')} | “${mdCell(c.quote)}” | ${mdCell(cell.article)}:${c.line} |`);
      }
      if (row.findings.length > 0) out.push('');
      for (const f of row.findings) out.push(`- ${f.severity} ${f.rule} ${mdCell(f.article)}:${story.lineOf(f.article, f.start)} — ${mdCell(f.message)}`);
    }
  }
  return out.join('\n');
}

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV: one row per cell, with its story, fact, status, source, value, attribution, quote, place and findings. */
export function reportCsv(stories: readonly ReportStory[]): string {
  const header = ['story', 'fact', 'kind', 'status', 'file', 'line', 'column', 'outlet', 'published', 'independent_source', 'value', 'phrase', 'attributed_to', 'quote', 'findings'];
  const lines = [header.join(',')];
  for (const story of stories) {
    const sourceOf = new Map(story.view.sources.map((s) => [s.article, s]));
    for (const row of story.view.rows) {
      for (const cell of row.cells) {
        const c = story.cells.get(cell)!;
        const source = sourceOf.get(cell.article);
        const findings = row.findings.filter((f) => f.article === cell.article).map((f) => `${f.severity} ${f.rule}`).join('; ');
        lines.push([story.title, row.label, row.kind, row.status, cell.article, c.line, c.column, source?.outlet ?? '', source?.published ?? '',
          groupLetter(c.group), cell.text, cell.phrase, cell.attribution ?? '', c.quote, findings].map(csvField).join(','));
      }
    }
  }
  return lines.join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// Inline styles only: the report is one file that opens offline and prints on paper (no fonts, images or scripts).
const STYLE = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1b1b1b}
h1{font-size:1.6em}h2{font-size:1.3em;margin-top:2em;border-bottom:1px solid #999}h3{font-size:1.05em;margin:1.4em 0 .4em}
table{border-collapse:collapse;width:100%;margin:.3em 0}th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#eee}.status{font-size:.8em;padding:.1em .5em;border-radius:.6em;border:1px solid}
.disputed{color:#9b1c1c;border-color:#9b1c1c}.updated{color:#8a5a00;border-color:#8a5a00}.agreed{color:#1d6b2f;border-color:#1d6b2f}
.single-source{color:#555;border-color:#555}.quote{color:#333;font-style:italic}.where{font-family:monospace;white-space:nowrap}
ul.findings{margin:.3em 0 0 1.2em;padding:0}.summary{font-weight:600}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-before:auto;break-after:avoid}h3{break-after:avoid}tr{break-inside:avoid}th{background:none}}`;

/** HTML: the Markdown report's content as one self-contained page (inline CSS, no scripts, nothing loaded). */
export function reportHtml(stories: readonly ReportStory[], articles: number): string {
  const e = escapeHtml;
  const out = [
    '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    '<title>Crosscheck report</title>', `<style>${STYLE}</style>`, '</head>', '<body>',
    '<h1>Crosscheck report</h1>', `<p>${e(overall(stories, articles))}</p>`,
  ];
  for (const story of stories) {
    const { view } = story;
    out.push(`<section><h2>${e(story.title)}</h2>`, `<p class="summary">${e(summaryLine(view.summary))}</p>`);
    out.push('<table><thead><tr><th>file</th><th>outlet</th><th>published</th><th>credit</th><th>independent source</th></tr></thead><tbody>');
    for (const s of view.sources) {
      out.push(`<tr><td class="where">${e(s.article)}</td><td>${e(s.outlet ?? '—')}</td><td>${e(s.published ?? '—')}</td><td>${e(s.credit ?? '—')}</td><td>${groupLetter(s.group)}</td></tr>`);
    }
    out.push('</tbody></table>');
    for (const row of view.rows) {
      out.push(`<h3>${e(row.label)} <span class="status ${row.status}">${row.status}</span></h3>`);
      out.push('<table><thead><tr><th>source</th><th>says</th><th>attributed to</th><th>quote</th><th>where</th></tr></thead><tbody>');
      for (const cell of row.cells) {
        const c = story.cells.get(cell)!;
        out.push(`<tr><td>${e(c.source)}</td><td><strong>${e(cell.text)}</strong></td><td>${e(cell.attribution ?? '—')}</td>` +
          `<td class="quote">“${e(c.quote)}”</td><td class="where">${e(cell.article)}:${c.line}</td></tr>`);
      }
      out.push('</tbody></table>');
      if (row.findings.length > 0) {
        out.push('<ul class="findings">', ...row.findings.map((f) =>
          `<li>${e(f.severity)} <code>${e(f.rule)}</code> <span class="where">${e(f.article)}:${story.lineOf(f.article, f.start)}</span> — ${e(f.message)}</li>`), '</ul>');
      }
    }
    out.push('</section>');
  }
  out.push('</body>', '</html>');
  return out.join('\n');
}
