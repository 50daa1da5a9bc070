import type { ArticleAnalysis } from '../engine/types';
import { lineStarts, offsetToLineColumn } from '../engine/text/lineIndex';

export interface AnnotatedFile {
  file: string;
  text: string;
  analysis: ArticleAnalysis;
}

/** The JSON contract of `crosscheck annotate --format json`; field names are fixed, extra fields are allowed. */
export function annotateJson(files: AnnotatedFile[]): string {
  const articles = files.map(({ file, analysis }) => ({
    file,
    headline: analysis.meta.headline?.text ?? null,
    published: analysis.meta.published,
    dateline: analysis.meta.dateline?.text ?? null,
    entities: analysis.entities.map((e) => ({
      start: e.start, end: e.end, text: e.text, kind: e.kind, canonical: e.canonical, titles: e.titles,
    })),
    dates: analysis.dates.map((d) => ({
      start: d.start, end: d.end, text: d.text, value: d.value, granularity: d.granularity,
      statedWeekday: d.statedWeekday, relative: d.relative,
    })),
    figures: analysis.figures.map((f) => ({
      start: f.start, end: f.end, text: f.text, value: f.value, kind: f.kind, unit: f.unit, qualifier: f.qualifier,
    })),
  }));
  return JSON.stringify({ articles }, null, 2);
}

/** One line per annotation: `file:line:col  kind  text  → value`. */
export function annotateText(files: AnnotatedFile[]): string {
  const out: string[] = [];
  for (const { file, text, analysis } of files) {
    const starts = lineStarts(text);
    const where = (offset: number) => {
      const { line, column } = offsetToLineColumn(starts, offset);
      return `${file}:${line + 1}:${column + 1}`;
    };
    out.push(`${file}: ${analysis.meta.headline?.text ?? '(no headline)'} · published ${analysis.meta.published ?? 'unknown'}`);
    const rows: Array<[number, string]> = [
      ...analysis.entities.map((e): [number, string] => [e.start, `${where(e.start)}  ${e.kind.padEnd(12)} ${e.text}${e.canonical !== e.text ? ` → ${e.canonical}` : ''}`]),
      ...analysis.dates.map((d): [number, string] => [d.start, `${where(d.start)}  ${'date'.padEnd(12)} ${d.text} → ${d.value ?? '?'}`]),
      ...analysis.figures.map((f): [number, string] => [f.start, `${where(f.start)}  ${f.kind.padEnd(12)} ${f.text} → ${f.value}${f.unit ? ` ${f.unit}` : ''}`]),
    ];
    rows.sort((a, b) => a[0] - b[0]).forEach(([, row]) => out.push('  ' + row));
  }
  return out.join('\n');
}
