import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { checkSummary } from '../../server/src/cli/checkFormats';
import { runCli } from '../../server/src/cli/main';
import type { Finding, Severity } from '../../server/src/engine/rules/types';
import { VERSION } from '../../server/src/version';
import { REPO_ROOT } from '../helpers/lspClient';
import { SEEDS } from '../helpers/text';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

const finding = (severity: Severity): Finding => ({ rule: 'figure-conflict', severity, article: 'a.txt', start: 0, end: 1, message: 'm', related: [] }) as Finding;

test('the summary line counts findings by severity, in order of severity, with plurals', () => {
  const cases: Array<[Severity[], number, string]> = [
    [[], 5, '0 findings in 5 articles'],
    [[], 1, '0 findings in 1 article'],
    [['warning'], 2, '1 finding (1 warning) in 2 articles'],
    [['information', 'warning', 'information'], 24, '3 findings (1 warning, 2 information) in 24 articles'],
    [['hint', 'error', 'error', 'hint'], 3, '4 findings (2 errors, 2 hints) in 3 articles'],
  ];
  for (const [severities, articles, expected] of cases) assert.equal(checkSummary(severities.map(finding), articles), expected);
});

test('--version prints the version of package.json', async () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
  for (const flag of ['--version', '-V']) {
    const { code, out, err } = await run([flag]);
    assert.deepEqual([code, out.trim(), err], [0, pkg.version, '']);
  }
});

test('check ends with the summary line: on stdout for text, on stderr for json and sarif', async () => {
  const text = await run(['check', SEEDS]);
  const lines = text.out.trim().split('\n');
  assert.match(lines[lines.length - 1], /^\d+ findings \(\d+ warnings?(, \d+ information)?\) in 5 articles$/);
  assert.equal(lines.length - 1, Number(/^(\d+) findings/.exec(lines[lines.length - 1])![1]), 'one line per finding, then the summary');
  for (const format of ['json', 'sarif']) {
    const { out, err } = await run(['check', SEEDS, '--format', format]);
    assert.doesNotThrow(() => JSON.parse(out), `${format} output stays parseable`);
    assert.match(err, /^\d+ findings \(.*\) in 5 articles$/m);
  }
});

test('a folder without articles says so; an article without findings gets "0 findings in 1 article"', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-empty-'));
  try {
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'empty', 'notes.md'), 'Not an article.');
    for (const command of ['check', 'annotate', 'entities']) {
      const { code, out, err } = await run([command, path.join(dir, 'empty')]);
      assert.equal(code, 0, command);
      assert.match(err, /^crosscheck: no articles in .*empty \(folders are searched for \.txt, \.article, \.news files\)$/m, command);
      assert.ok(!/findings/.test(out), command);
    }
    writeFileSync(path.join(dir, 'one.txt'), 'Council opens a bridge\nMayor Anna Doe opened the Kestrel Bridge in Velora on 3 May 2024.');
    const { code, out } = await run(['check', path.join(dir, 'one.txt')]);
    assert.deepEqual([code, out.trim()], [0, '0 findings in 1 article']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SARIF locations are relative to SRCROOT, given in originalUriBaseIds as the folder the CLI ran in', async () => {
  const { out } = await run(['check', SEEDS, '--format', 'sarif']);
  const run0 = (JSON.parse(out) as {
    runs: Array<{
      originalUriBaseIds: Record<string, { uri: string }>;
      results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }>; relatedLocations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }>;
    }>;
  }).runs[0];
  const base = run0.originalUriBaseIds.SRCROOT.uri;
  assert.match(base, /^file:\/\/.*\/$/);
  assert.equal(fileURLToPath(base), process.cwd() + path.sep);
  const artifacts = run0.results.flatMap((r) => [...r.locations, ...r.relatedLocations].map((l) => l.physicalLocation.artifactLocation));
  assert.ok(artifacts.length > 0);
  for (const artifact of artifacts) {
    assert.equal(artifact.uriBaseId, 'SRCROOT');
    assert.ok(!/^[a-z]+:/.test(artifact.uri), `relative: ${artifact.uri}`);
    assert.ok(existsSync(fileURLToPath(new URL(artifact.uri, base))), `resolves to a file: ${artifact.uri}`);
  }
});
