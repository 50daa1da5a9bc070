/**
 * Accuracy of the engine on the annotated Wikinews documents of GUM (../shared/eval/gum-news, CC BY):
 * person/organization/place exact-span precision, recall and F1 against the gold mentions headed by a proper noun,
 * and date resolution against the gold <date when="…"> values, next to chrono-node alone as the baseline.
 * Run with `npm run eval`; skips with a message when the folder is missing.
 */
import * as chrono from 'chrono-node';
import { existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../server/src/engine/analyze';
import { findDates } from '../server/src/engine/dates/findDates';
import { foldSameLength } from '../server/src/engine/text/fold';
import { splitSentences } from '../server/src/engine/text/sentences';
import { readGumDocument, type GumDocument } from '../test/helpers/conllu';

const KINDS = ['person', 'organization', 'place'] as const;
const folder = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.resolve(__dirname, '../../../shared/eval/gum-news');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const score = (c: Counts) => {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { precision, recall, f1 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/**
 * Lenient match: same kind, overlapping spans that end on the same word once a trailing possessive is set aside.
 * GUM's spans include determiners and titles ("the United States", "US President Barack Obama"), which a
 * highlighter need not cover; the strict score counts those as errors, this one does not.
 */
function lenientMatches(a: { start: number; end: number }, b: { start: number; end: number }, text: string): boolean {
  const core = (s: { start: number; end: number }) => text.slice(s.start, s.end).replace(/\s*'s?$/, '').length + s.start;
  return a.start < b.end && b.start < a.end && core(a) === core(b);
}

function scoreLenient(docs: GumDocument[]): void {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => e.properHead && (KINDS as readonly string[]).includes(e.kind));
    const others = doc.entities.filter((e) => !gold.includes(e));
    const predicted = analyzeArticle(doc.text).entities.filter((e) => e.kind !== 'other');
    for (const p of predicted) {
      if (gold.some((g) => g.kind === p.kind && lenientMatches(g, p, doc.text))) c.tp++;
      else if (!others.some((o) => lenientMatches(o, p, doc.text)) || gold.some((g) => lenientMatches(g, p, doc.text))) c.fp++;
    }
    for (const g of gold) if (!predicted.some((p) => p.kind === g.kind && lenientMatches(g, p, doc.text))) c.fn++;
  }
  const s = score(c);
  console.log(`  ${'lenient'.padEnd(13)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   (${c.tp}/${c.fp}/${c.fn})  same kind, same last word`);
}

function scoreEntities(docs: GumDocument[], verbose: boolean): void {
  const counts = new Map<string, Counts>(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const untyped: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => e.properHead && (KINDS as readonly string[]).includes(e.kind));
    // Non-proper gold mentions of the same spans are not errors: the recogniser may find "the Senate" either way.
    const ignorable = new Set(doc.entities.filter((e) => !e.properHead).map((e) => `${e.start}:${e.end}`));
    const goldKeys = new Set(gold.map((e) => `${e.start}:${e.end}:${e.kind}`));
    const goldSpans = new Set(gold.map((e) => `${e.start}:${e.end}`));
    const predicted = analyzeArticle(doc.text).entities.filter((e) => e.kind !== 'other');
    const predictedKeys = new Set(predicted.map((e) => `${e.start}:${e.end}:${e.kind}`));
    const predictedSpans = new Set(predicted.map((e) => `${e.start}:${e.end}`));
    for (const kind of KINDS) {
      const c = counts.get(kind)!;
      for (const e of predicted.filter((p) => p.kind === kind)) {
        const key = `${e.start}:${e.end}:${e.kind}`;
        if (goldKeys.has(key)) c.tp++;
        else if (!ignorable.has(`${e.start}:${e.end}`) || goldSpans.has(`${e.start}:${e.end}`)) {
          c.fp++;
          if (verbose) console.log(`  FP ${doc.id} ${kind}: ${e.text}`);
        }
      }
      for (const g of gold.filter((x) => x.kind === kind)) {
        if (!predictedKeys.has(`${g.start}:${g.end}:${g.kind}`)) {
          c.fn++;
          if (verbose) console.log(`  FN ${doc.id} ${kind}: ${doc.text.slice(g.start, g.end)}`);
        }
      }
    }
    for (const e of predicted) {
      const span = `${e.start}:${e.end}`;
      if (goldSpans.has(span)) untyped.tp++;
      else if (!ignorable.has(span)) untyped.fp++;
    }
    for (const g of gold) if (!predictedSpans.has(`${g.start}:${g.end}`)) untyped.fn++;
  }
  console.log('Entities (exact span and kind; gold = mentions headed by a proper noun)');
  console.log('  kind            P      R     F1   (tp/fp/fn)');
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const kind of KINDS) {
    const c = counts.get(kind)!;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    const s = score(c);
    console.log(`  ${kind.padEnd(13)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   (${c.tp}/${c.fp}/${c.fn})`);
  }
  const s = score(total);
  console.log(`  ${'all'.padEnd(13)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   (${total.tp}/${total.fp}/${total.fn})`);
  const u = score(untyped);
  console.log(`  ${'span only'.padEnd(13)} ${pct(u.precision)}  ${pct(u.recall)}  ${pct(u.f1)}   exact span, any kind`);
  scoreLenient(docs);
}

function chronoValue(result: chrono.ParsedResult): string {
  const c = result.start;
  const iso = (n: number | null, w = 2) => String(n ?? 0).padStart(w, '0');
  if (c.isCertain('day') || c.isCertain('weekday')) return `${iso(c.get('year'), 4)}-${iso(c.get('month'))}-${iso(c.get('day'))}`;
  if (c.isCertain('month')) return `${iso(c.get('year'), 4)}-${iso(c.get('month'))}`;
  return iso(c.get('year'), 4);
}

function scoreDates(docs: GumDocument[], verbose: boolean): void {
  let total = 0;
  let ours = 0;
  let baseline = 0;
  for (const doc of docs) {
    if (!doc.created) continue;
    const folded = foldSameLength(doc.text);
    const predicted = findDates(doc.text, folded, splitSentences(folded), doc.created);
    const [y, m, d] = doc.created.split('-').map(Number);
    const chronoResults = chrono.parse(doc.text, { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 });
    for (const gold of doc.dates) {
      total++;
      const overlapping = <T extends { start: number; end: number }>(x: T) => x.start < gold.end && gold.start < x.end;
      const mine = predicted.find(overlapping);
      const value = mine?.value?.split('/')[0] ?? null;
      if (value === gold.when) ours++;
      else if (verbose) console.log(`  date ${doc.id}: "${doc.text.slice(gold.start, gold.end)}" gold ${gold.when}, got ${value}`);
      const theirs = chronoResults.find((r) => overlapping({ start: r.index, end: r.index + r.text.length }));
      if (theirs && chronoValue(theirs) === gold.when) baseline++;
    }
  }
  console.log(`Dates resolved to the gold value: crosscheck ${ours}/${total} (${pct(ours / Math.max(1, total))}%), chrono-node alone ${baseline}/${total} (${pct(baseline / Math.max(1, total))}%)`);
}

function main(): void {
  if (!existsSync(folder)) {
    console.log(`eval: skipped, ${folder} does not exist (the GUM news documents live in ../shared/eval/gum-news)`);
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const docs = readdirSync(folder).filter((f) => f.endsWith('.conllu')).sort().map((f) => readGumDocument(path.join(folder, f)));
  console.log(`GUM news: ${docs.length} documents, ${docs.reduce((n, d) => n + d.text.length, 0)} characters`);
  scoreEntities(docs, verbose);
  scoreDates(docs, verbose);
}

main();
