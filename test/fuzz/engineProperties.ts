/**
 * Properties every analysis must keep, whatever the text, and the generators of hostile texts they are checked on
 * (fast-check). Shared by the short deterministic run in the engine tests (test/engine/fuzz.test.ts) and the long
 * run of `npm run fuzz` (scripts/fuzz.ts).
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../server/src/engine/analyze';
import type { ArticleAnalysis } from '../../server/src/engine/types';

// Pieces that stress the finders: stops, numbers, capitalised runs, dates, hyphens, scripts written right to left,
// CJK, combining marks, lone surrogates, NUL, byte order marks, every kind of line end. The names are invented.
export const PIECES = [
  '.', '...', '!', '?', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', ',', ';', ':', '"', "'", '(', ')', '[1]', '—', '-',
  '2017 ', '1957-58', '12,000', '3.5', '5-US', '5-year', '40%', '$5m', '£2bn', 'No. 7', '16:58', '24/7', '2 1/2',
  'Anna ', 'Doe ', 'Velora ', 'KARLIN ', 'Kessa Prefecture', 'Mr. ', 'Dr. K. ', 'U.S. ', 'St. Kessel', 'the Velora Times',
  'January 13-14', 'Jan. 3, 2024', 'last May', 'next spring', 'Monday', 'two years ago', 'the previous day', 'Published: 2024-03-04\n',
  'said', 'killed', 'at least', 'third', 'meeting', 'people', 'miners', 'the', 'and', 'of',
  '東京', '北京市', 'مرحبا', 'שלום', 'e\u0301', 'a\u0308\u0323', '\u202e', '\u200b', '\u0000', '\ufeff', '\ud800', '\udc00', '😀', '\u00a0',
];

/** Texts made of hostile pieces and arbitrary UTF-16 code units (including lone surrogates), up to `maxPieces`. */
export function hostileText(maxPieces: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
    // A run of one piece: the shape of the quadratic cases (dots, years, capitalised words, lines without stops).
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 2, max: 2000 })).map(([p, n]) => p.repeat(n)) },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

interface Spanned {
  start: number;
  end: number;
  text?: string;
}

/** A stable serialisation of an analysis (keys sorted, Maps and Sets as arrays), for the determinism check. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v.values()];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * The problems of one analysis of `text`, empty when every property holds: offsets are whole numbers in range and
 * their text is the text's own slice; an entity, a date and a figure never overlap one another; the same text
 * always gives the same analysis.
 */
export function propertyProblems(text: string, analysis: ArticleAnalysis = analyzeArticle(text)): string[] {
  const problems: string[] = [];
  const kinds: Array<[string, Spanned[]]> = [
    ['entity', analysis.entities], ['date', analysis.dates], ['figure', analysis.figures],
    ['sentence', analysis.sentences], ['quantity', analysis.quantities], ['boilerplate', analysis.boilerplate],
  ];
  for (const [kind, spans] of kinds) {
    for (const s of spans) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
        problems.push(`${kind} [${s.start}, ${s.end}) out of range (length ${text.length})`);
      } else if (kind !== 'quantity' && s.text !== undefined && s.text !== text.slice(s.start, s.end)) {
        problems.push(`${kind} [${s.start}, ${s.end}) text ${JSON.stringify(s.text)} is not the text's slice`);
      }
    }
  }
  // Across kinds, sorted by start: each span is compared with the spans that start before it ends.
  const mentions = [
    ...analysis.entities.map((s) => ({ s, kind: 'entity' })),
    ...analysis.dates.map((s) => ({ s, kind: 'date' })),
    ...analysis.figures.map((s) => ({ s, kind: 'figure' })),
  ].sort((a, b) => a.s.start - b.s.start);
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length && mentions[j].s.start < mentions[i].s.end; j++) {
      if (mentions[i].kind !== mentions[j].kind) {
        problems.push(`${mentions[i].kind} ${JSON.stringify(mentions[i].s.text)} overlaps ${mentions[j].kind} ${JSON.stringify(mentions[j].s.text)}`);
      }
    }
  }
  if (stable(analyzeArticle(text)) !== stable(analysis)) problems.push('two analyses of the same text differ');
  return problems;
}

// An ordinary article takes 1–3 ms per 1,000 characters; a quadratic stage on a few thousand characters of one
// hostile shape takes many times that (a 1,400-letter word took 16 ms per 1,000 before its fix).
export const SLOW_MS_PER_KB = 20;
const SUSPECTS = 5;

export interface FuzzReport {
  inputs: number;
  characters: number;
  failures: Array<{ input: string; problems: string[] }>;
  /** Analysis time per input over 1,000 characters, in ms per 1,000 characters: median, 99th percentile, worst. */
  msPerKb: { median: number; p99: number; worst: number };
  /** The input that took longest per 1,000 characters (of those over 1,000), for a look at what made it slow. */
  slowest: { input: string; ms: number } | null;
  /** Inputs over 1,000 characters whose analysis, timed again warm in CPU time, took over SLOW_MS_PER_KB. */
  slow: Array<{ input: string; msPerKb: number }>;
  seconds: number;
}

/** Checks the properties on `runs` generated texts from `seed` (fast-check keeps the run reproducible). */
export function fuzzEngine(seed: number, runs: number, maxPieces: number): FuzzReport {
  const began = performance.now();
  const report: FuzzReport = { inputs: 0, characters: 0, failures: [], msPerKb: { median: 0, p99: 0, worst: 0 }, slowest: null, slow: [], seconds: 0 };
  const rates: number[] = [];
  const suspects: Array<{ input: string; rate: number }> = [];
  fc.assert(
    fc.property(hostileText(maxPieces), (text) => {
      const start = performance.now();
      let problems: string[];
      try {
        problems = propertyProblems(text, analyzeArticle(text));
      } catch (error) {
        problems = [`threw ${error instanceof Error ? error.stack ?? error.message : String(error)}`];
      }
      const ms = (performance.now() - start) / 2; // The properties analyse the text twice.
      report.inputs++;
      report.characters += text.length;
      if (text.length >= 1000) {
        const rate = ms / (text.length / 1000);
        if (rates.every((r) => r < rate)) report.slowest = { input: text, ms };
        rates.push(rate);
        suspects.push({ input: text, rate });
        suspects.sort((a, b) => b.rate - a.rate);
        suspects.length = Math.min(suspects.length, SUSPECTS);
      }
      if (problems.length > 0) report.failures.push({ input: text, problems });
      return true; // Failures are collected, not shrunk, so one run reports all of them.
    }),
    { seed, numRuns: runs },
  );
  rates.sort((a, b) => a - b);
  const at = (q: number) => (rates.length ? rates[Math.min(rates.length - 1, Math.floor(q * rates.length))] : 0);
  report.msPerKb = { median: at(0.5), p99: at(0.99), worst: rates.length ? rates[rates.length - 1] : 0 };
  // The first timing of an input includes compilation and garbage collection of earlier ones: the slowest few are
  // timed again, warm, in CPU time, before they count as slow.
  for (const { input } of suspects) {
    const msPerKb = timeText(input, 3) / (input.length / 1000);
    if (msPerKb > SLOW_MS_PER_KB) report.slow.push({ input, msPerKb });
  }
  report.seconds = (performance.now() - began) / 1000;
  return report;
}

// Texts whose size is multiplied to see how analysis time grows: the shapes that were quadratic, and ordinary
// prose (invented) for the super-linear stages of long real text.
export const GROWTH_PATTERNS: Record<string, string> = {
  'runs of dots': '.',
  'a line of years': '2017 ',
  'digits with separators': '1,234 5.6 ',
  'capitalised runs': 'Anna Velora Karlin ',
  'lines without sentence ends': 'the council met again on the harbour plan\n',
  'one long line without stops': 'the council met again on the harbour plan ',
  'a run joined by no-break spaces': 'A\u00a0',
  'one long word': 'meeting',
  'CJK and combining marks': '東京北京市e\u0301a\u0308 ',
  'NUL and lone surrogates': '\u0000\ud800a\udc00 ',
  prose: 'Mayor Anna Doe said on Monday, March 4, 2024 that at least 40 people, including 12 miners, had left Kessa Prefecture for the third time since 2017. ',
};

/**
 * CPU milliseconds to analyse `pattern` repeated to `length` characters, the best of `tries`. CPU time of this
 * process, not wall time, so that other work on a shared machine does not count.
 */
export function timeAt(pattern: string, length: number, tries = 2): number {
  return timeText(pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length), tries);
}

/** CPU milliseconds to analyse `text`, the best of `tries`. */
export function timeText(text: string, tries: number): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const start = process.cpuUsage();
    analyzeArticle(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
