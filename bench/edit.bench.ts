/**
 * The cost of an edit on a compared corpus, in process: `npm run bench:edit [-- --size 10000]` analyses the first N
 * articles of ../shared/eval/scale (read in place, benchmark use only) or, without it, N generated ones, compares
 * them once, and then times each edit of editMeasures.ts. Faster than the scale bench, which also measures the
 * server and the CLI; the same rows appear there.
 */
import * as path from 'path';
import { analyzeArticle } from '../server/src/engine/analyze';
import type { ArticleAnalysis } from '../server/src/engine/types';
import { scaleArticles } from './benchCorpus';
import { editRows } from './editMeasures';
import { generateCorpus } from './generateCorpus';
import { printTable } from './table';

const root = path.resolve(__dirname, '../..');
const sizeArgument = process.argv.indexOf('--size');
const size = sizeArgument > 0 ? Number(process.argv[sizeArgument + 1]) : 1000;
const articles = scaleArticles(path.resolve(root, '../shared/eval/scale/articles'), size) ?? generateCorpus(size);
const analyses = new Map<string, ArticleAnalysis>();
for (const article of articles) analyses.set(article.id, analyzeArticle(article.text));
console.log(`${articles.length} articles`);
printTable(['measure', 'value', 'target'], editRows(articles, analyses).map((r) => [r.measure, r.value, r.target]));
