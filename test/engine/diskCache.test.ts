import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { deserialize, serialize } from 'node:v8';
import { runCli } from '../../server/src/cli/main';
import { textHash } from '../../server/src/engine/text/hash';

const ARTICLE = 'Bridge reopens in Karlin\nPublished: 2 June 2024\n\nMayor Anna Doe reopened the Karlin bridge on Monday after 14 months of repairs.\n';

async function annotate(folder: string, cache: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['annotate', folder, '--format', 'json', '--cache', cache], (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The cache file of a text: `<cache>/<engine key>/<hash[0..2]>/<hash>.v8`. */
function entryFile(cache: string, text: string): string {
  const [key] = readdirSync(cache);
  const hash = textHash(text);
  return path.join(cache, key, hash.slice(0, 2), `${hash}.v8`);
}

test('--cache: the first run writes one entry per article, the second reads it, a corrupt entry is rebuilt', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-cache-'));
  const folder = path.join(root, 'articles');
  const cache = path.join(root, 'cache');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'bridge.txt'), ARTICLE);
  try {
    const first = await annotate(folder, cache);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /Anna Doe/);
    const entry = entryFile(cache, ARTICLE);
    assert.ok(existsSync(entry), 'the analysis is kept');
    // A cached analysis is what the second run uses: an entry that lists no names gives no names.
    const empty = deserialize(readFileSync(entry)) as { entities: unknown[] };
    writeFileSync(entry, serialize({ ...empty, entities: [] }));
    assert.doesNotMatch((await annotate(folder, cache)).out, /Anna Doe/);
    // A corrupt entry is a miss: analysed again, rewritten, no error.
    writeFileSync(entry, 'not a serialised analysis');
    const rebuilt = await annotate(folder, cache);
    assert.equal(rebuilt.code, 0, rebuilt.err);
    assert.match(rebuilt.out, /Anna Doe/);
    assert.doesNotThrow(() => deserialize(readFileSync(entry)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--cache: entries made by another version of the engine are removed', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-cache-'));
  const folder = path.join(root, 'articles');
  const cache = path.join(root, 'cache');
  mkdirSync(folder);
  mkdirSync(path.join(cache, 'an-older-engine', 'ab'), { recursive: true });
  writeFileSync(path.join(cache, 'an-older-engine', 'ab', 'abcdef.json'), '{}');
  writeFileSync(path.join(folder, 'bridge.txt'), ARTICLE);
  try {
    const run = await annotate(folder, cache);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /removed an-older-engine/);
    assert.deepEqual(readdirSync(cache).filter((name) => name === 'an-older-engine'), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--cache: a check read from the cache says exactly what a fresh check says (open intervals, empty fields)', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-cache-'));
  const cache = path.join(root, 'cache');
  const seeds = path.resolve(__dirname, '../../../seeds');
  const check = async (...extra: string[]) => {
    const out: string[] = [];
    await runCli(['check', seeds, '--format', 'json', ...extra], (s) => out.push(s), () => undefined);
    return out.join('\n');
  };
  try {
    const fresh = await check();
    assert.equal(await check('--cache', cache), fresh);
    assert.equal(await check('--cache', cache), fresh, 'the second run, from the cache');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--cache with worker threads (the bundled CLI, 64 files or more): the second run reads what the workers kept', () => {
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-cache-'));
  const folder = path.join(root, 'articles');
  const cache = path.join(root, 'cache');
  mkdirSync(folder);
  // Each file is a distinct text, so each has its own entry.
  for (let i = 0; i < 70; i++) writeFileSync(path.join(folder, `bridge-${i}.txt`), ARTICLE.replace('14 months', `${i + 2} months`));
  const annotateWithBundle = () => spawnSync(process.execPath, [cli, 'annotate', folder, '--format', 'json', '--cache', cache], { encoding: 'utf8' });
  try {
    const first = annotateWithBundle();
    assert.equal(first.status, 0, first.stderr);
    assert.equal(readdirSync(cache).length, 1, 'one engine key for the CLI and its workers');
    const text = ARTICLE.replace('14 months', '2 months');
    const entry = entryFile(cache, text);
    const kept = deserialize(readFileSync(entry)) as { entities: unknown[] };
    writeFileSync(entry, serialize({ ...kept, entities: [] }));
    const second = annotateWithBundle();
    assert.equal(second.status, 0, second.stderr);
    assert.doesNotMatch(second.stderr, /removed/, 'nothing the workers kept is removed');
    const { articles: files } = JSON.parse(second.stdout) as { articles: Array<{ file: string; entities: unknown[] }> };
    const emptied = files.find((file) => file.file.endsWith('bridge-0.txt'));
    assert.deepEqual(emptied?.entities, [], 'the emptied entry was read, not analysed again');
    assert.equal(files.filter((file) => file.entities.length > 0).length, 69);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
