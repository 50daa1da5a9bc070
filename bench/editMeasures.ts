/**
 * What an edit costs once a corpus is compared: the article is analysed again and the findings brought up to date
 * (StoryFindings over the corpus, as the server does), for a one-character edit, an edit of a figure another
 * article of its story also gives, an appended sentence with new words, a new name, and a new article. Used by the scale bench
 * and by `npm run bench:edit`.
 */
import { performance } from 'perf_hooks';
import { analyzeArticle } from '../server/src/engine/analyze';
import { defaultConfig } from '../server/src/engine/config';
import { Corpus } from '../server/src/engine/corpus/corpus';
import { StoryFindings } from '../server/src/engine/rules/storyFindings';
import type { ArticleAnalysis } from '../server/src/engine/types';
import type { BenchArticle } from './benchCorpus';

export interface EditRow {
  measure: string;
  value: string;
  target: string;
}

interface Edit {
  label: string;
  id: string;
  text: string;
}

/** The edits measured, the `round`-th of each kind, chosen from the corpus by what they change. */
function edits(articles: readonly BenchArticle[], analyses: ReadonlyMap<string, ArticleAnalysis>, corpus: Corpus, round: number): Edit[] {
  const at = (fraction: number) => articles[Math.floor(((fraction + round * 0.13) % 1) * articles.length)];
  const middle = at(1 / 3);
  const space = middle.text.indexOf('. ');
  // A figure in an article whose story has other articles: changing it changes what the story compares.
  const countIn = (a: BenchArticle) => analyses.get(a.id)?.quantities.find((q) => q.dimension === 'count' && /^\d+$/.test(a.text.slice(q.start, q.end)));
  const from = Math.floor(((0.5 + round * 0.13) % 1) * articles.length);
  const withFigure = [...articles.slice(from), ...articles.slice(0, from)].find((a) => corpus.storyMembers(a.id).length > 2 && countIn(a));
  const figureText = (() => {
    if (!withFigure) return middle.text;
    const q = countIn(withFigure)!;
    return withFigure.text.slice(0, q.start) + String(Number(withFigure.text.slice(q.start, q.end)) + 7) + withFigure.text.slice(q.end);
  })();
  const source = at(2 / 3);
  const other = at(1 / 5);
  return [
    { label: 'a one-character edit (a space typed)', id: middle.id, text: space >= 0 ? `${middle.text.slice(0, space + 1)} ${middle.text.slice(space + 1)}` : `${middle.text} ` },
    { label: 'a figure changed in a story of several articles', id: withFigure?.id ?? middle.id, text: figureText },
    { label: 'a sentence with new words appended', id: other.id, text: `${other.text}\nThe council met 14 members on Monday.\n` },
    { label: 'a sentence naming a new person', id: other.id, text: `${other.text}\nOrsolya Vantrikke${round}, a spokeswoman, declined to comment.\n` },
    { label: 'a new article (a rewrite of another)', id: `${source.id}.new.txt`, text: source.text.replace(/\bsaid\b/g, 'told reporters') },
  ];
}

// Each kind of edit is made this many times on different articles; the rows give the median and the slowest.
const ROUNDS = 5;

/**
 * Rows for each kind of edit: milliseconds from the new text to the corpus's findings brought up to date (median
 * and slowest of ROUNDS edits on different articles), and how many articles' findings were compared again.
 * `analyses` holds every article's analysis.
 */
export function editRows(articles: readonly BenchArticle[], analyses: ReadonlyMap<string, ArticleAnalysis>): EditRow[] {
  const corpus = new Corpus();
  for (const article of articles) corpus.set(article.id, analyses.get(article.id)!);
  const findings = new StoryFindings();
  const config = defaultConfig();
  const relativePath = (article: string) => article;
  let t0 = performance.now();
  findings.update(corpus, config, relativePath);
  const rows: EditRow[] = [{ measure: 'all findings, first comparison (per-story cache empty)', value: `${(performance.now() - t0).toFixed(0)} ms`, target: '—' }];
  const times = new Map<string, number[]>();
  const compared = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const edit of edits(articles, analyses, corpus, round)) {
      t0 = performance.now();
      corpus.set(edit.id, analyzeArticle(edit.text));
      const { changed } = findings.update(corpus, config, relativePath);
      times.set(edit.label, [...(times.get(edit.label) ?? []), performance.now() - t0]);
      compared.set(edit.label, [...(compared.get(edit.label) ?? []), changed?.size ?? corpus.size]);
    }
  }
  for (const [label, values] of times) {
    const sorted = [...values].sort((a, b) => a - b);
    const articlesCompared = [...compared.get(label)!].sort((a, b) => a - b);
    rows.push({
      measure: `edit → findings recomputed (engine): ${label}`,
      value: `${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms median, ${sorted[sorted.length - 1].toFixed(0)} ms slowest (${articlesCompared[Math.floor(articlesCompared.length / 2)]} articles compared again)`,
      target: '≤ 100 ms',
    });
  }
  return rows;
}
