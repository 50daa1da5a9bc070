import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generateCorpus';
import { runCli } from '../../server/src/cli/main';
import { startServer, waitFor } from '../helpers/lspClient';

/**
 * Correctness at size, not timing: 1,000 invented reports in about 180 stories (bench/generateCorpus.ts), a quarter
 * of the reports of events with a count giving another count. Findings stay within stories, stories whose reports
 * disagree are found, and the server indexes every article.
 */
const SIZE = 1000;
const articles = generateCorpus(SIZE, 7);
const storyOf = (file: string) => /story-(\d+)\//.exec(file)?.[1];

function writeCorpus(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-scale-test-'));
  for (const article of articles) {
    const file = path.join(folder, article.id);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, article.text);
  }
  return folder;
}

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  related: Array<{ file: string }>;
}

test('scale: 1,000 generated articles through the CLI — findings only within stories, disagreeing stories found', async () => {
  const folder = writeCorpus();
  try {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['check', folder, '--format', 'json'], (s) => out.push(s), (s) => err.push(s));
    assert.ok(code === 0 || code === 1, `exit ${code}: ${err.join('\n')}`);
    assert.match(err.join('\n'), new RegExp(`in ${SIZE} articles`));
    const findings = (JSON.parse(out.join('')) as { findings: JsonFinding[] }).findings;
    const crossStory = findings.filter((f) => f.related.some((r) => storyOf(r.file) !== storyOf(f.file)));
    assert.deepEqual(crossStory.map((f) => f.file), [], 'a finding relates articles of two stories');
    const counts = new Map<number, Set<string>>();
    for (const article of articles) if (article.count) counts.set(article.story, (counts.get(article.story) ?? new Set()).add(article.count));
    const disagreeing = [...counts].filter(([, values]) => values.size > 1).map(([story]) => String(story));
    const agreeing = [...counts].filter(([, values]) => values.size === 1).map(([story]) => String(story));
    const flagged = new Set(findings.filter((f) => f.rule === 'figure-conflict' && f.severity === 'warning').map((f) => storyOf(f.file)));
    const found = disagreeing.filter((story) => flagged.has(story));
    assert.ok(found.length >= 0.9 * disagreeing.length, `found ${found.length} of ${disagreeing.length} disagreeing stories`);
    assert.deepEqual(agreeing.filter((story) => flagged.has(story)), [], 'a story whose reports agree is flagged');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('scale: the server indexes 1,000 generated articles and publishes findings for them', async () => {
  const folder = writeCorpus();
  const server = await startServer({ corpus: ['**/*.txt'] }, { workspaceFolder: folder });
  try {
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles === SIZE ? true : undefined), 180_000, 'indexing 1,000 articles');
    await waitFor(() => ([...server.diagnostics.values()].some((d) => d.some((x) => x.severity === 2)) ? true : undefined), 60_000, 'a warning published');
    assert.equal(server.status?.articles, SIZE);
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a restart reads the analyses the first session kept in initializationOptions.cacheFolder', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-cache-server-'));
  const articlesFolder = path.join(folder, 'articles');
  const cacheFolder = path.join(folder, 'cache');
  const few = articles.slice(0, 40);
  for (const article of few) {
    const file = path.join(articlesFolder, article.id);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, article.text);
  }
  const entries = () => {
    const count = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(path.join(dir, e.name)) : e.name.endsWith('.v8') ? 1 : 0), 0);
    return existsSync(cacheFolder) ? count(cacheFolder) : 0;
  };
  try {
    for (let session = 0; session < 2; session++) {
      const server = await startServer({ corpus: ['**/*.txt'] }, { workspaceFolder: articlesFolder, cacheFolder });
      try {
        await waitFor(() => (server.status && !server.status.indexing && server.status.articles === few.length ? true : undefined), 60_000, 'indexing');
        assert.equal(entries(), few.length, `session ${session + 1}: one cached analysis per article`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
