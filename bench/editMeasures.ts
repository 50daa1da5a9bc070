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

/** The edits measured, chosen from the corpus by what they change. */
function edits(articles: readonly BenchArticle[], analyses: ReadonlyMap<string, ArticleAnalysis>, corpus: Corpus): Edit[] {
  const middle = articles[Math.floor(articles.length / 3)];
  const space = middle.text.indexOf('. ');
  // A figure in an article whose story has other articles: changing it changes what the story compares.
  const withFigure = articles.find((a) => corpus.storyMembers(a.id).length > 2 && analyses.get(a.id)!.quantities.some((q) => q.dimension === 'count' && /^\d+$/.test(a.text.slice(q.start, q.end))));
  const figureText = (() => {
    if (!withFigure) return middle.text;
    const q = analyses.get(withFigure.id)!.quantities.find((x) => x.dimension === 'count' && /^\d+$/.test(withFigure.text.slice(x.start, x.end)))!;
    return withFigure.text.slice(0, q.start) + String(Number(withFigure.text.slice(q.start, q.end)) + 7) + withFigure.text.slice(q.end);
  })();
  const source = articles[Math.floor((2 * articles.length) / 3)];
  return [
    { label: 'a one-character edit (a space typed)', id: middle.id, text: space >= 0 ? `${middle.text.slice(0, space + 1)} ${middle.text.slice(space + 1)}` : `${middle.text} ` },
    { label: 'a figure changed in a story of several articles', id: withFigure?.id ?? middle.id, text: figureText },
    { label: 'a sentence with new words appended', id: middle.id, text: `${middle.text}\nThe council met 14 members on Monday.\n` },
    { label: 'a sentence naming a new person', id: middle.id, text: `${middle.text}\nOrsolya Vantrikke, a spokeswoman, declined to comment.\n` },
    { label: 'a new article (a rewrite of another)', id: `${source.id}.new.txt`, text: source.text.replace(/\bsaid\b/g, 'told reporters') },
  ];
}

/**
 * Rows for each edit: milliseconds from the new text to the corpus's findings brought up to date, and how many
 * articles' findings were compared again. `analyses` holds every article's analysis.
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
  for (const edit of edits(articles, analyses, corpus)) {
    t0 = performance.now();
    corpus.set(edit.id, analyzeArticle(edit.text));
    const { changed, results } = findings.update(corpus, config, relativePath);
    const ms = performance.now() - t0;
    rows.push({ measure: `edit → findings recomputed (engine): ${edit.label}`, value: `${ms.toFixed(0)} ms (${changed?.size ?? 'all'} articles compared again, ${results.findings.length} findings)`, target: '≤ 100 ms' });
  }
  return rows;
}
