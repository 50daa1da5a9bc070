/**
 * The article sets the comparison benchmark times: the dev clusters as they are, the same clusters grown to any
 * size with perturbed copies (see perturb.ts), or the first articles of the scale corpus. Everything is read in
 * place and kept in memory; nothing is copied into the project.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { perturbedCopy } from './perturb';

export interface BenchArticle {
  id: string;
  text: string;
}

/** Every .txt file under a folder, in a stable (sorted) order. */
export function listTexts(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? listTexts(full) : name.endsWith('.txt') ? [full] : [];
  });
}

/**
 * `size` articles made from the clusters: copy 0 is the clusters themselves, and each further copy is every event
 * folder again under its own top folder, with names, rare words and figures perturbed. The last copy is cut short
 * to reach `size` exactly, so that each size is a prefix of the next.
 */
export function grownClusters(folder: string, size: number): BenchArticle[] {
  const files = listTexts(folder);
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const out: BenchArticle[] = [];
  for (let copy = 0; out.length < size; copy++) {
    for (let i = 0; i < files.length && out.length < size; i++) {
      const relative = path.relative(folder, files[i]).split(path.sep).join('/');
      out.push({ id: `copy${copy}/${relative}`, text: perturbedCopy(texts[i], copy) });
    }
  }
  return out;
}

/** The first `size` articles of the scale corpus (folders and files in sorted order), or null when it is absent. */
export function scaleArticles(folder: string, size: number): BenchArticle[] | null {
  if (!existsSync(folder)) return null;
  return listTexts(folder).slice(0, size).map((file) => ({
    id: `scale/${path.relative(folder, file).split(path.sep).join('/')}`,
    text: readFileSync(file, 'utf8'),
  }));
}

/**
 * Articles of about five thousand characters each, as many as `articles`, for the CLI's row at size: each is one
 * article followed by others from far across the corpus (so that neighbours do not share text), cut at the last line
 * that ends before 5,500 characters.
 */
export function fiveKbArticles(articles: readonly BenchArticle[]): BenchArticle[] {
  const strides = [Math.floor(articles.length / 3) + 1, Math.floor((2 * articles.length) / 3) + 1, Math.floor(articles.length / 5) + 1];
  return articles.map((article, i) => {
    let text = article.text;
    for (let k = 0; text.length < 5_000; k++) text += `\n${articles[(i + strides[k % strides.length] * (k + 1)) % articles.length].text}`;
    const cut = text.lastIndexOf('\n', 5_500);
    return { id: article.id.replace(/\.txt$/, '-5kb.txt'), text: cut >= 5_000 ? text.slice(0, cut + 1) : text.slice(0, 5_500) };
  });
}

/** Writes articles under a new temporary folder, each at its id as a relative path, and returns the folder. */
export function writeArticles(articles: readonly BenchArticle[], prefix = 'crosscheck-bench-'): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  for (const article of articles) {
    const file = path.join(folder, article.id);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, article.text);
  }
  return folder;
}
