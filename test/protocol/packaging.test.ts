import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { VERSION } from '../../server/src/version';
import { REPO_ROOT, startServer, waitFor } from '../helpers/lspClient';
import { positionOf } from '../helpers/text';

// Everything here runs offline: npm is pointed at a registry address where nothing listens, so any download
// would fail the install instead of passing on a machine that happens to be online.
const OFFLINE_ENV = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const VSIX_LIMIT_BYTES = 2 * 1024 * 1024;

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env: OFFLINE_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Invented articles on one story, so that the installed server has a corpus to index with its worker threads.
const ARTICLES: Record<string, string> = {
  'velora-a.article': 'Velora opens new ferry terminal\nPublished: 4 Jun. 2024\nMayor Anna Doe opened the Karlin ferry terminal in Velora on Tuesday.',
  'velora-b.article': 'Ferry terminal opens to crowds\nPublished: 4 Jun. 2024\nAnna Doe said the Karlin terminal cost $12 million.',
};

describe('npm package: packed, installed into a temporary prefix offline, and run', () => {
  let work: string;
  let tarball: string;
  let prefix: string;
  const bin = (name: string) => path.join(prefix, 'bin', name);

  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'crosscheck-pack-'));
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO_ROOT)) as Array<{ filename: string }>;
    tarball = path.join(work, path.basename(packed[0].filename));
    prefix = path.join(work, 'prefix');
    npm(['install', '--global', '--offline', '--prefix', prefix, tarball], work);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  test('the tarball holds the bundles, not sources, maps or tests, and declares no dependencies to download', () => {
    const listing = JSON.parse(npm(['pack', '--dry-run', '--ignore-scripts', '--json'], REPO_ROOT)) as Array<{ files: Array<{ path: string }> }>;
    const files = listing[0].files.map((f) => f.path).sort();
    for (const needed of ['dist/cli.js', 'dist/server.js', 'dist/analysisWorker.js', 'dist/THIRD-PARTY-NOTICES.txt', 'package.json', 'README.md', 'LICENSE', 'docs/EDITORS.md', 'docs/editors/crosscheck.lua', 'docs/editors/crosscheck-eglot.el']) {
      assert.ok(files.includes(needed), `missing ${needed}`);
    }
    assert.deepEqual(files.filter((f) => /\.(?:ts|map)$|^(?:server|client|test|out|node_modules)\//.test(f)), []);
    const installed = JSON.parse(execFileSync('node', ['-p', `JSON.stringify(require(${JSON.stringify(path.join(prefix, 'lib/node_modules/crosscheck/package.json'))}))`], { encoding: 'utf8' })) as { dependencies?: object; private?: boolean };
    assert.equal(installed.dependencies, undefined);
    assert.equal(installed.private, undefined);
  });

  test('crosscheck --version and check run from the installed package', () => {
    assert.equal(execFileSync(bin('crosscheck'), ['--version'], { encoding: 'utf8' }).trim(), VERSION);
    const folder = path.join(work, 'articles');
    execFileSync('mkdir', ['-p', folder]);
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(folder, name), text);
    const check = spawnSync(bin('crosscheck'), ['check', folder], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /^\d+ findings? .*in 2 articles$/m);
  });

  test('crosscheck-language-server explains itself when run bare, and prints its version', () => {
    const bare = spawnSync(bin('crosscheck-language-server'), [], { encoding: 'utf8' });
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /no transport given[\s\S]*--stdio[\s\S]*--node-ipc[\s\S]*--socket=PORT/);
    assert.equal(bare.stdout, '');
    assert.equal(execFileSync(bin('crosscheck-language-server'), ['--version'], { encoding: 'utf8' }).trim(), VERSION);
  });

  test('the installed crosscheck-language-server answers initialize over stdio, indexes with its worker and hovers', async () => {
    const folder = mkdtempSync(path.join(work, 'ws-'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(folder, name), text);
    const server = await startServer({}, { workspaceFolder: folder, command: { file: bin('crosscheck-language-server'), args: ['--stdio'] } });
    try {
      assert.deepEqual(server.initializeResult.serverInfo, { name: 'crosscheck', version: VERSION });
      assert.ok(server.initializeResult.capabilities.hoverProvider);
      await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 2 ? true : undefined), 20_000, 'indexing');
      const uri = pathToFileURL(path.join(folder, 'velora-a.article')).href;
      const text = ARTICLES['velora-a.article'];
      await server.open(uri, text);
      const at = positionOf(text, 'Anna Doe');
      const hover = await server.hover(uri, at.line, at.character);
      assert.match(JSON.stringify(hover?.contents), /mentioned in 1 other article/);
      assert.ok(!server.logMessages.some((m) => /analysis worker .* not found/.test(m)), 'the worker script is installed beside the server');
    } finally {
      await server.stop();
    }
    assert.deepEqual(server.readerErrors, []);
  });
});

describe('.vsix: built with vsce from the bundles only', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'crosscheck-vsix-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test(`holds only what runs, and stays under ${VSIX_LIMIT_BYTES / 1024 / 1024} MB`, () => {
    const vsce = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
    const listed = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: REPO_ROOT, env: OFFLINE_ENV, encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(listed, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/THIRD-PARTY-NOTICES.txt',
      'dist/analysisWorker.js',
      'dist/claimsView.css',
      'dist/claimsView.js',
      'dist/client.js',
      'dist/server.js',
      'images/icon.png',
      'language-configuration.json',
      'package.json',
      'schemas/crosscheck.schema.json',
      'syntaxes/article.tmLanguage.json',
      'walkthrough/hover.md',
      'walkthrough/map-txt.md',
      'walkthrough/open-folder.md',
      'walkthrough/problems.md',
    ]);
    const out = path.join(work, 'crosscheck.vsix');
    execFileSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: REPO_ROOT, env: OFFLINE_ENV, stdio: 'ignore' });
    assert.deepEqual(readdirSync(work), ['crosscheck.vsix']);
    assert.ok(statSync(out).size <= VSIX_LIMIT_BYTES, `${statSync(out).size} bytes`);
  });
});
