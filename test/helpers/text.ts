import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

export const SEEDS = path.resolve(__dirname, '../../../seeds');

export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return path.join(SEEDS, name);
}

export function readSeed(prefix: string): { path: string; uri: string; text: string } {
  const file = seedPath(prefix);
  return { path: file, uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') };
}

/** Zero-based line and UTF-16 character of the `occurrence`-th `needle`, plus `within` characters into it. */
export function positionOf(text: string, needle: string, occurrence = 0, within = 1): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  const before = text.slice(0, index + within);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
