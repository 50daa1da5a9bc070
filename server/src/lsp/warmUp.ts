import { analyzeArticle } from '../engine/analyze';

// Dates, numbers, names and non-ASCII punctuation in one paragraph: enough to reach the analysis code paths.
const PARAGRAPH =
  'Mayor Jane Doe of Springfield met 12 envoys on Monday — two days ago — on March 3 and 4 May 2023 at 10:30 a.m., ' +
  '“we agreed,” she said. Last year, in June, the next day, yesterday, this week, 2015-06-01 and 15% of $4 billion.';

/**
 * Runs the analysis once on a few kilobytes of made-up text. V8 compiles functions and regular expressions to fast
 * code only after they have run (regular expressions are interpreted at first, which is slow on long text), so
 * without this the first real article the user opens would take ten times longer than the next.
 */
export function warmUpAnalysis(): void {
  analyzeArticle(`Warm-up headline\nPublished: 1 Jan. 2024\n${Array(8).fill(PARAGRAPH).join('\n')}`);
}

/**
 * Warms the analysis on this thread for provisional semantic tokens (features/provisionalTokens.ts), which read the
 * edited lines of a document on the main thread: cold, a one-paragraph window takes 10–50 ms, warm about 1 ms. The
 * paragraph is analysed `runs` times, one run per turn of the event loop, so that requests are answered in between;
 * the first run also loads the word lists (about 0.2 s once).
 */
export function warmUpInSteps(runs = 30): void {
  let done = 0;
  const step = (): void => {
    analyzeArticle(PARAGRAPH);
    if (++done < runs) setImmediate(step);
  };
  setImmediate(step);
}
