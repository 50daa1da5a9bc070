/**
 * Installs, starts and stops code-server (a real VS Code served to a browser), and opens it in headless Debian
 * Chromium through playwright-core. Shared by the offline test launcher, the UI checks and `npm start`.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT, TEST_ROOT } from './fixture';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Flags that let Chromium run headless as root on a machine without network access.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

export function installCodeServer(): string {
  const result = spawnSync('bash', [path.join(REPO_ROOT, 'scripts/install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`installing code-server failed (exit ${result.status})`);
  return result.stdout.trim().split('\n').pop()!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningCodeServer {
  port: number;
  process: ChildProcess;
  log: string[];
  /** The workbench URL for a folder, with an optional payload (extension development and tests paths). */
  url(folder: string, payload?: Array<[string, string]>): string;
  /** A path on this machine as the workbench's remote URI. */
  remote(file: string): string;
  stop(): Promise<void>;
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(0);
    });
  });
}

export interface CodeServerOptions {
  bin: string;
  workspace: string;
  env?: Record<string, string>;
  port?: number;
  /** The folder under .vscode-test/ that holds this instance's profile (user data and extensions), made anew. */
  name?: string;
  /** Extensions (.vsix files) installed into the new profile before it starts, as a user would. */
  install?: string[];
  /** The profile's user settings. */
  userSettings?: Record<string, unknown>;
  /** Keep Workspace Trust on (folders open in Restricted Mode until trusted); off by default for the tests. */
  workspaceTrust?: boolean;
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const port = options.port ?? (await freePort());
  const state = path.join(TEST_ROOT, options.name ?? 'code-server-state');
  rmSync(state, { recursive: true, force: true });
  mkdirSync(path.join(state, 'extensions'), { recursive: true });
  const profile = ['--user-data-dir', path.join(state, 'user-data'), '--extensions-dir', path.join(state, 'extensions')];
  const userSettingsFile = path.join(state, 'user-data', 'User', 'settings.json');
  mkdirSync(path.dirname(userSettingsFile), { recursive: true });
  writeFileSync(userSettingsFile, JSON.stringify(options.userSettings ?? {}, null, 2));
  for (const vsix of options.install ?? []) {
    const installed = spawnSync(options.bin, [...profile, '--install-extension', vsix], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (installed.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${installed.status}):\n${installed.stdout}${installed.stderr}`);
  }
  const child = spawn(
    options.bin,
    [
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...profile, '--disable-telemetry', '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']), options.workspace,
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  // Never leave code-server running when the launcher ends, however it ends.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const log: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const deadline = Date.now() + 60_000;
  while ((await get(`http://127.0.0.1:${port}/healthz`)) !== 200) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log.join('')}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer on port ${port} within 60 s:\n${log.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
  return {
    port,
    process: child,
    log,
    remote,
    url: (folder, payload) => {
      const base = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
      return payload ? `${base}&payload=${encodeURIComponent(JSON.stringify(payload))}` : base;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Headless Chromium with a new, empty profile (playwright-core makes one per launch). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
