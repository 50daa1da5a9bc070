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
