import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { writeArticles } from '../../bench/benchCorpus';
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

const writeCorpus = () => writeArticles(articles, 'crosscheck-scale-test-');

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
  const few = articles.slice(0, 40);
  const articlesFolder = writeArticles(few, 'crosscheck-cache-server-');
  const cacheFolder = `${articlesFolder}-cache`;
  // Each cached analysis with the time it was written: a second session that read them writes none again.
  const entries = (): Map<string, number> => {
    const found = new Map<string, number>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.v8')) found.set(full, statSync(full).mtimeMs);
      }
    };
    if (existsSync(cacheFolder)) walk(cacheFolder);
    return found;
  };
  try {
    const written: Array<Map<string, number>> = [];
    for (let session = 0; session < 2; session++) {
      const server = await startServer({ corpus: ['**/*.txt'] }, { workspaceFolder: articlesFolder, cacheFolder });
      try {
        await waitFor(() => (server.status && !server.status.indexing && server.status.articles === few.length ? true : undefined), 60_000, 'indexing');
        written.push(entries());
        assert.equal(written[session].size, few.length, `session ${session + 1}: one cached analysis per article`);
      } finally {
        await server.stop();
      }
    }
    assert.deepEqual([...written[1]], [...written[0]], 'the second session read every analysis and rewrote none');
  } finally {
    rmSync(articlesFolder, { recursive: true, force: true });
    rmSync(cacheFolder, { recursive: true, force: true });
  }
});
