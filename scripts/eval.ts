/**
 * Accuracy of the engine on the annotated Wikinews documents of GUM (../shared/eval/gum-news, CC BY) and on the
 * wikigold Wikipedia articles (../shared/eval/wikigold, CC BY 4.0): person/organization/place exact-span precision,
 * recall and F1 in one table (GUM against the gold mentions headed by a proper noun, once with their full spans,
 * scored against each mention's phrase extent, and once with the minimal spans GUM annotates, which leave out
 * determiners and possessive markers, scored against the highlighted name; wikigold with
 * predictions that overlap a MISC name ignored),
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
import { readWikigold, type WikigoldDocument } from '../test/helpers/wikigold';

const KINDS = ['person', 'organization', 'place'] as const;
const folder = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--errors') ?? path.resolve(__dirname, '../../../shared/eval/gum-news');
const wikigoldFile = path.resolve(__dirname, '../../../shared/eval/wikigold/wikigold.conll.txt');

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
  console.log(`  ${'GUM lenient'.padEnd(13)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${c.tp}/${c.fp}/${c.fn}  (same kind, same last word)`);
}

interface EntityScores {
  byKind: Map<string, Counts>;
  untyped: Counts;
}

interface Prediction {
  start: number;
  end: number;
  kind: string;
  text: string;
}

/**
 * Counts exact span-and-kind matches of one document. `ignorable` says whether a prediction that matches no gold
 * mention is left out rather than counted as a false positive (GUM: a non-proper mention of the same span;
 * wikigold: a prediction overlapping a MISC name, which has no kind here). Errors are printed when `errors` is set.
 */
function countDocument(
  scores: EntityScores, id: string, text: string, gold: Prediction[], predicted: Prediction[],
  ignorable: (p: Prediction) => boolean, errors: Map<string, string[]> | null,
): void {
  const goldKeys = new Map(gold.map((e) => [`${e.start}:${e.end}:${e.kind}`, e]));
  const goldSpans = new Map(gold.map((e) => [`${e.start}:${e.end}`, e]));
  const predictedKeys = new Set(predicted.map((e) => `${e.start}:${e.end}:${e.kind}`));
  const predictedSpans = new Map(predicted.map((e) => [`${e.start}:${e.end}`, e]));
  const context = (s: { start: number; end: number }) =>
    `${text.slice(Math.max(0, s.start - 40), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 40)}`.replace(/\s+/g, ' ');
  const note = (label: string, line: string) => errors?.set(label, [...(errors.get(label) ?? []), `${id}: ${line}`]);
  for (const kind of KINDS) {
    const c = scores.byKind.get(kind)!;
    for (const e of predicted.filter((p) => p.kind === kind)) {
      if (goldKeys.has(`${e.start}:${e.end}:${e.kind}`)) c.tp++;
      else if (goldSpans.has(`${e.start}:${e.end}`) || !ignorable(e)) {
        c.fp++;
        const same = goldSpans.get(`${e.start}:${e.end}`);
        note(`FP ${kind}`, `${same ? `(gold ${same.kind}) ` : ''}${context(e)}`);
      }
    }
    for (const g of gold.filter((x) => x.kind === kind)) {
      if (predictedKeys.has(`${g.start}:${g.end}:${g.kind}`)) continue;
      c.fn++;
      const same = predictedSpans.get(`${g.start}:${g.end}`);
      note(`FN ${kind}`, `${same ? `(as ${same.kind}) ` : ''}${context(g)}`);
    }
  }
  for (const e of predicted) {
    const span = `${e.start}:${e.end}`;
    if (goldSpans.has(span)) scores.untyped.tp++;
    else if (!ignorable(e)) scores.untyped.fp++;
  }
  for (const g of gold) if (!predictedSpans.has(`${g.start}:${g.end}`)) scores.untyped.fn++;
}

const emptyScores = (): EntityScores => ({ byKind: new Map(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])), untyped: { tp: 0, fp: 0, fn: 0 } });
const predictions = (text: string): Prediction[] => analyzeArticle(text).entities.filter((e) => e.kind !== 'other');
const phrasePredictions = (text: string): Prediction[] => analyzeArticle(text).entities.filter((e) => e.kind !== 'other')
  .map((e) => ({ ...e.phrase, kind: e.kind, text: text.slice(e.phrase.start, e.phrase.end) }));

/**
 * GUM scored against its full mention spans, or (`minimal`) against the minimal span GUM annotates for each mention
 * (its `minspan` field: "Kessa Republic" for "the Kessa Republic", "Karlin" for "Karlin 's"; titles stay),
 * where those tokens are contiguous, else the full span.
 */
function scoreGum(docs: GumDocument[], errors: Map<string, string[]> | null, minimal = false): EntityScores {
  const scores = emptyScores();
  const span = <T extends GumDocument['entities'][number]>(e: T): T => (minimal && e.minimal ? { ...e, ...e.minimal } : e);
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => e.properHead && (KINDS as readonly string[]).includes(e.kind)).map(span)
      .map((e) => ({ ...e, text: doc.text.slice(e.start, e.end) }));
    // Non-proper gold mentions of the same spans are not errors: the recogniser may find "the Senate" either way.
    const ignorable = new Set(doc.entities.filter((e) => !e.properHead).map(span).map((e) => `${e.start}:${e.end}`));
    // Against full noun phrases each mention is scored by the phrase it heads (its article, a title before a person,
    // a possessive); against minimal spans by the name itself, which is what the editor highlights.
    const predicted = minimal ? predictions(doc.text) : phrasePredictions(doc.text);
    countDocument(scores, doc.id, doc.text, gold, predicted, (p) => ignorable.has(`${p.start}:${p.end}`), errors);
  }
  return scores;
}

function scoreWikigold(docs: WikigoldDocument[], errors: Map<string, string[]> | null): EntityScores {
  const scores = emptyScores();
  for (const doc of docs) {
    const gold = doc.names.filter((n) => n.kind !== 'misc').map((n) => ({ ...n, text: doc.text.slice(n.start, n.end) }));
    const misc = doc.names.filter((n) => n.kind === 'misc');
    const overlapsMisc = (p: Prediction) => misc.some((m) => m.start < p.end && p.start < m.end);
    countDocument(scores, doc.id, doc.text, gold, predictions(doc.text), overlapsMisc, errors);
  }
  return scores;
}

/** One table, one column group per evaluation set. */
function printEntityTable(sets: Array<{ name: string; scores: EntityScores }>): void {
  const cell = (c: Counts) => {
    const s = score(c);
    return `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${`${c.tp}/${c.fp}/${c.fn}`.padEnd(14)}`;
  };
  console.log('Entities: exact span and kind (P R F1 in %, tp/fp/fn); GUM gold = mentions headed by a proper noun, as');
  console.log('full noun phrases ("the Kessa Republic", "Karlin \'s"), scored against each mention\'s phrase (the name with its');
  console.log('article, a title before a person and a possessive), and as GUM\'s minimal spans ("Kessa Republic"), scored against');
  console.log('the highlighted name; wikigold predictions overlapping a MISC name are ignored');
  console.log(`  ${''.padEnd(13)}${sets.map((s) => ` ${s.name.padEnd(34)}`).join('')}`);
  console.log(`  ${'kind'.padEnd(13)}${sets.map(() => `     P      R     F1  tp/fp/fn      `).join('')}`);
  const rows: Array<[string, (s: EntityScores) => Counts]> = [
    ...KINDS.map((kind): [string, (s: EntityScores) => Counts] => [kind, (s) => s.byKind.get(kind)!]),
    ['all', (s) => [...s.byKind.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })],
    ['span only', (s) => s.untyped],
  ];
  for (const [label, pick] of rows) console.log(`  ${label.padEnd(13)}${sets.map((s) => ` ${cell(pick(s.scores))}`).join('')}`);
}

function printErrors(name: string, errors: Map<string, string[]>, sample: number): void {
  for (const [label, lines] of [...errors].sort()) {
    console.log(`${name} ${label}: ${lines.length}`);
    // A spread-out sample rather than the first documents only.
    const step = Math.max(1, Math.floor(lines.length / sample));
    for (let i = 0; i < lines.length && i / step < sample; i += step) console.log(`    ${lines[i]}`);
  }
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
  const verbose = process.argv.includes('--verbose');
  // `--errors N` prints a sample of N false positives and negatives per kind and set, for reading errors by class.
  const errorsArg = process.argv.indexOf('--errors');
  const sample = errorsArg > 0 ? Number(process.argv[errorsArg + 1]) || 20 : verbose ? Infinity : 0;
  const docs = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.conllu')).sort().map((f) => readGumDocument(path.join(folder, f))) : [];
  const wiki = existsSync(wikigoldFile) ? readWikigold(wikigoldFile) : [];
  console.log(docs.length > 0 ? `GUM news: ${docs.length} documents, ${docs.reduce((n, d) => n + d.text.length, 0)} characters` : `GUM news: skipped, ${folder} does not exist`);
  console.log(wiki.length > 0 ? `wikigold: ${wiki.length} documents, ${wiki.reduce((n, d) => n + d.text.length, 0)} characters` : `wikigold: skipped, ${wikigoldFile} does not exist`);
  const sets: Array<{ name: string; scores: EntityScores }> = [];
  const gumErrors = sample > 0 ? new Map<string, string[]>() : null;
  const wikiErrors = sample > 0 ? new Map<string, string[]>() : null;
  if (docs.length > 0) sets.push({ name: `GUM news (${docs.length})`, scores: scoreGum(docs, gumErrors) });
  if (docs.length > 0) sets.push({ name: 'GUM, minimal spans', scores: scoreGum(docs, null, true) });
  if (wiki.length > 0) sets.push({ name: `wikigold (${wiki.length})`, scores: scoreWikigold(wiki, wikiErrors) });
  if (sets.length === 0) return;
  if (gumErrors) printErrors('GUM', gumErrors, sample);
  if (wikiErrors) printErrors('wikigold', wikiErrors, sample);
  printEntityTable(sets);
  if (docs.length === 0) return;
  scoreLenient(docs);
  scoreDates(docs, verbose);
}

main();
