import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, SERVER_MODULE } from '../helpers/lspClient';
import { SEEDS } from '../helpers/text';

// Real editors, headless, with the configurations docs/EDITORS.md gives. Each runs when the editor is installed
// (Debian's neovim; emacs with elpa-eglot) and is skipped otherwise.
const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const NVIM = has('nvim', ['--version']);
const EGLOT = has('emacs', ['--batch', '--eval', "(require 'eglot)"]) && has('git', ['--version']);

interface Workspace {
  folder: string;
  env: NodeJS.ProcessEnv;
  out: string;
}

/** A project folder with the seeds under articles/, a home of its own, and the built server on PATH. */
function workspace(): Workspace {
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-editor-'));
  const folder = path.join(root, 'project');
  mkdirSync(path.join(folder, 'articles'), { recursive: true });
  for (const file of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, file), path.join(folder, 'articles', file));
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  const launcher = path.join(bin, 'crosscheck-language-server');
  writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "${SERVER_MODULE}" "$@"\n`);
  chmodSync(launcher, 0o755);
  const home = path.join(root, 'home');
  mkdirSync(home);
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), XDG_STATE_HOME: path.join(home, '.local/state'), XDG_DATA_HOME: path.join(home, '.local/share'), CROSSCHECK_CHECK_OUT: path.join(root, 'result.json') };
  return { folder, env, out: env.CROSSCHECK_CHECK_OUT };
}

function logFiles(dir: string, name: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(d, entry.name));
      else if (entry.name === name) found.push(path.join(d, entry.name));
    }
  };
  walk(dir);
  return found;
}

describe('Neovim with docs/editors/crosscheck.lua', { skip: NVIM ? false : 'nvim is not installed' }, () => {
  let ws: Workspace;
  let result: {
    filetype: string;
    diagnostics: Array<{ code: string; related: number }>;
    hover: { kind: string; value: string };
    definition: string;
    lens: { command: string };
    actions: string[];
    messages: string;
    errors: string[];
  };
  before(() => {
    ws = workspace();
    const config = path.join(REPO_ROOT, 'docs/editors/crosscheck.lua');
    const init = path.join(ws.folder, '..', 'init.lua');
    writeFileSync(init, `vim.lsp.set_log_level('warn')\nvim.cmd('luafile ${config}')\n`);
    execFileSync('nvim', ['--headless', '-u', init, '-c', `luafile ${path.join(REPO_ROOT, 'test/editors/neovim-check.lua')}`], { cwd: ws.folder, env: ws.env, stdio: 'ignore', timeout: 90_000 });
    result = JSON.parse(readFileSync(ws.out, 'utf8')) as typeof result;
  });
  after(() => rmSync(path.dirname(ws.folder), { recursive: true, force: true }));

  test('articles/*.txt is an article; diagnostics carry related information', () => {
    assert.equal(result.filetype, 'article');
    assert.deepEqual(result.diagnostics.filter((d) => d.code === 'ordinal-conflict'), [{ code: 'ordinal-conflict', related: 1 }]);
  });

  test('hover is Markdown with plain file links; definition goes to another article', () => {
    assert.equal(result.hover.kind, 'markdown');
    assert.match(result.hover.value, /\*\*Sanae Takaichi\*\* · person/);
    assert.match(result.hover.value, /\]\(file:\/\/[^)#]+\.txt\) \(line \d+\)/);
    assert.ok(!result.hover.value.includes('#L'));
    assert.match(result.definition, /^\d{3}_[0-9a-f]+\.txt$/);
    assert.ok(!result.definition.startsWith('004_'));
  });

  test('code actions respell and ignore; the code lens command is executed by the server', () => {
    assert.ok(result.actions.includes("Use 'Chosei' (1 article)"), JSON.stringify(result.actions));
    assert.ok(result.actions.some((a) => a.startsWith('Ignore this finding (name-variant)')), JSON.stringify(result.actions));
    assert.equal(result.lens.command, 'crosscheck.listSharedMentions');
    assert.match(result.messages, /4 other articles share names with/);
  });

  test('no error and no warning: the server sent nothing Neovim 0.7 does not handle', () => {
    assert.deepEqual(result.errors, []);
    const log = logFiles(ws.env.HOME!, 'lsp.log').map((file) => readFileSync(file, 'utf8')).join('');
    assert.deepEqual(log.split('\n').filter((line) => /\[(WARN|ERROR)\]/.test(line)), []);
  });
});

describe('Emacs with Eglot and docs/editors/crosscheck-eglot.el', { skip: EGLOT ? false : 'emacs with eglot (and git) is not installed' }, () => {
  let ws: Workspace;
  let result: { mode: string; diagnostics: string[]; hover: { kind: string; value: string }; definition: string; actions: string[]; events: string; messages: string };
  before(() => {
    ws = workspace();
    // Eglot's workspace folder is the project, which project.el finds by its version control.
    execFileSync('git', ['init', '-q', ws.folder]);
    const config = path.join(REPO_ROOT, 'docs/editors/crosscheck-eglot.el');
    execFileSync('emacs', ['--batch', '-l', config, '-l', path.join(REPO_ROOT, 'test/editors/eglot-check.el')], { cwd: ws.folder, env: ws.env, stdio: 'ignore', timeout: 90_000 });
    result = JSON.parse(readFileSync(ws.out, 'utf8')) as typeof result;
  });
  after(() => rmSync(path.dirname(ws.folder), { recursive: true, force: true }));

  test('articles get article-mode, diagnostics, a hover in the format Eglot asked for, and a definition elsewhere', () => {
    assert.equal(result.mode, 'article-mode');
    assert.ok(result.diagnostics.some((d) => d.includes('ordinal-conflict')), JSON.stringify(result.diagnostics));
    assert.match(result.hover.value, /Sanae Takaichi/);
    if (result.hover.kind === 'plaintext') assert.ok(!result.hover.value.includes('**'));
    assert.ok(!result.definition.startsWith('004_'));
  });

  test('diagnostics of a file opened later arrive, with their quick fix', () => {
    assert.ok(result.actions.includes("Use 'Chosei' (1 article)"), JSON.stringify(result.actions));
  });

  test('no request failed and Eglot warned about nothing', () => {
    assert.ok(!/:error \(/.test(result.events), 'a JSON-RPC error in the events log');
    assert.ok(!/unknown|unsupported|not supported|error|warning/i.test(result.messages), result.messages);
  });
});
