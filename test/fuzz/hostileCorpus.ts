/**
 * A folder of hostile files for indexing tests: binary files, files over the size limit, invalid UTF-8, NUL bytes
 * past the binary check, byte order marks, CRLF and CR line ends, lone surrogates (encoded as the bytes a careless
 * writer produces), deep folders, a symbolic link loop, a dangling link, empty files, runs of dots, and ordinary
 * articles among them. Deterministic for a seed. Returns what the server must make of it: the files it must skip
 * (with the kind of reason) and how many articles it must index. Used by test/protocol/hostileCorpus.test.ts (100
 * files) and `npm run soak` (1,000 files).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { random } from '../../bench/perturb';

/** The size limit the corpus is made for (crosscheck.maxFileSize): files above it are skipped. */
export const HOSTILE_MAX_FILE_SIZE = 40_000;

export interface HostileCorpus {
  /** Relative path → 'binary' or 'too large': every file the server must skip. */
  skipped: Map<string, 'binary' | 'too large'>;
  /** How many articles the server must index. */
  articles: number;
  /** Relative paths of ordinary articles, to hover on while indexing runs. */
  ordinary: string[];
}

const ARTICLE = (i: number) =>
  `Velora bridge report ${i}\nPublished: 2024-03-0${1 + (i % 9)}\nMayor Anna Doe of Velora said ${10 + (i % 7)} people were hurt when the Karlin bridge fell on Monday.\n`;

type Shape = (i: number, next: () => number) => { bytes: Buffer; skip?: 'binary' | 'too large' };

const SHAPES: Shape[] = [
  (i) => ({ bytes: Buffer.from(ARTICLE(i)) }),
  (i) => ({ bytes: Buffer.from(ARTICLE(i)) }),
  (i) => ({ bytes: Buffer.concat([Buffer.from(ARTICLE(i)), Buffer.from([0, 1, 2, 0xff, 0])]), skip: 'binary' }),
  (_i, next) => ({ bytes: Buffer.from(Array.from({ length: 3000 }, () => Math.floor(next() * 256))).fill(0, 10, 11), skip: 'binary' }),
  (i) => ({ bytes: Buffer.from(ARTICLE(i).repeat(Math.ceil((HOSTILE_MAX_FILE_SIZE + 1000) / ARTICLE(i).length))), skip: 'too large' }),
  (i) => ({ bytes: Buffer.concat([Buffer.from(ARTICLE(i)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe])]) }), // Invalid UTF-8.
  (i) => ({ bytes: Buffer.concat([Buffer.from(' '.repeat(9000)), Buffer.from([0]), Buffer.from(ARTICLE(i))]) }), // NUL after the binary check.
  (i) => ({ bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE(i))]) }), // Byte order mark.
  (i) => ({ bytes: Buffer.from(ARTICLE(i).replace(/\n/g, '\r\n')) }),
  (i) => ({ bytes: Buffer.from(ARTICLE(i).replace(/\n/g, '\r')) }),
  (i) => ({ bytes: Buffer.concat([Buffer.from(ARTICLE(i)), Buffer.from([0xed, 0xa0, 0x80, 0x20, 0xed, 0xb0, 0x80])]) }), // Lone surrogates.
  () => ({ bytes: Buffer.alloc(0) }),
  () => ({ bytes: Buffer.from('.'.repeat(30_000)) }),
  () => ({ bytes: Buffer.from('\n'.repeat(5000)) }),
  (i) => ({ bytes: Buffer.from(`${'Anna '.repeat(3000)}${ARTICLE(i)}`) }),
];

export function writeHostileCorpus(folder: string, files: number, seed = 1): HostileCorpus {
  const next = random(seed);
  const skipped = new Map<string, 'binary' | 'too large'>();
  const ordinary: string[] = [];
  let articles = 0;
  for (let i = 0; i < files; i++) {
    // One file in ten sits deep (twelve folders down); the rest in a handful of folders.
    const deep = i % 10 === 9 ? Array.from({ length: 12 }, (_, d) => `level-${d}`) : [`folder-${i % 7}`];
    const relative = path.join(...deep, `file-${i}.article`);
    const shape = SHAPES[Math.floor(next() * SHAPES.length)];
    const { bytes, skip } = shape(i, next);
    mkdirSync(path.join(folder, ...deep), { recursive: true });
    writeFileSync(path.join(folder, relative), bytes);
    if (skip) skipped.set(relative, skip);
    else articles++;
    if (shape === SHAPES[0] || shape === SHAPES[1]) ordinary.push(relative);
  }
  // A link back up the tree, a dangling link named like an article, and files the corpus patterns leave out.
  symlinkSync(folder, path.join(folder, 'folder-0', 'loop'), 'dir');
  symlinkSync(path.join(folder, 'missing.article'), path.join(folder, 'folder-1', 'dangling.article'));
  writeFileSync(path.join(folder, '.hidden.article'), ARTICLE(0));
  writeFileSync(path.join(folder, 'notes.txt'), ARTICLE(0));
  return { skipped, articles, ordinary };
}
