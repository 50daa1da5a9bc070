/**
 * Launcher B, offline: runs the VS Code suite (test/vscode/suite) inside code-server, driven by headless Debian
 * Chromium through playwright-core, then the UI checks (test/ui): first with the extension loaded from this
 * folder, then with the packaged .vsix installed into a new profile. Exits non-zero on any failure or timeout and
 * ends with "N passed, N failed". Usage: `node out/test/vscode/runCodeServer.js [--no-ui] [--no-vsix] [--grep TEXT]`.
 */
import { existsSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { runUiChecks, type CheckResult } from '../ui/uiChecks';
import { runVsixChecks } from '../ui/vsixChecks';
import { installCodeServer, launchBrowser, startCodeServer } from './codeServer';
import { createWorkspace, REPO_ROOT, SUITE_PATH, TEST_ROOT } from './fixture';

const SUITE_TIMEOUT_MS = 8 * 60_000;

interface SuiteResults {
  done: boolean;
  passed: number;
  failed: number;
  skipped: number;
  results: Array<{ title: string; state: string; error?: string }>;
}

function readResults(file: string): SuiteResults | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SuiteResults;
  } catch {
    return null; // Being written; read again on the next poll.
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withUi = !args.includes('--no-ui');
  const withVsix = withUi && !args.includes('--no-vsix');
  const grepIndex = args.indexOf('--grep');
  const grep = grepIndex >= 0 ? args[grepIndex + 1] : undefined;
  for (const built of [SUITE_PATH, path.join(REPO_ROOT, 'dist/client.js'), path.join(REPO_ROOT, 'dist/server.js')]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
  }
  const bin = installCodeServer();
  const workspace = createWorkspace();
  const resultsFile = path.join(TEST_ROOT, 'suite-results.json');
  rmSync(resultsFile, { force: true });
  const env: Record<string, string> = { CROSSCHECK_TEST_RESULTS: resultsFile };
  if (grep) env.CROSSCHECK_TEST_GREP = grep;
  const server = await startCodeServer({ bin, workspace, env });
  let passed = 0;
  let failed = 0;
  /** Prints each check's outcome and counts it. */
  const tally = (checks: CheckResult[]): void => {
    for (const check of checks) {
      console.log(`  ${check.ok ? '✔' : '✖'} ${check.name}${check.detail ? `: ${check.detail}` : ''}`);
      if (check.ok) passed++;
      else failed++;
    }
  };
  let skipped = 0;
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(server.url(workspace, [
      ['extensionDevelopmentPath', server.remote(REPO_ROOT)],
      ['extensionTestsPath', server.remote(SUITE_PATH)],
    ]));
    const deadline = Date.now() + SUITE_TIMEOUT_MS;
    let results = readResults(resultsFile);
    while (!results?.done) {
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
      results = readResults(resultsFile);
    }
    console.log('\n=== VS Code suite (code-server) ===');
    if (!results?.done) {
      console.log(`  the suite did not finish within ${SUITE_TIMEOUT_MS / 60_000} minutes`);
      for (const line of consoleErrors.filter((l) => !/gallery|marketplace|ERR_NAME_NOT_RESOLVED|Failed to fetch/i.test(l)).slice(-15)) console.log(`  console: ${line}`);
      console.log(server.log.join('').split('\n').slice(-30).map((l) => `  code-server: ${l}`).join('\n'));
      failed++;
    }
    for (const result of results?.results ?? []) {
      console.log(`  ${result.state === 'passed' ? '✔' : result.state === 'failed' ? '✖' : '-'} ${result.title}`);
      if (result.error) console.log(result.error.split('\n').slice(0, 8).map((l) => `      ${l}`).join('\n'));
    }
    passed += results?.passed ?? 0;
    failed += results?.failed ?? 0;
    skipped += results?.skipped ?? 0;
    await page.close();

    if (withUi) {
      console.log('\n=== UI checks (code-server + Chromium) ===');
      tally(await runUiChecks(browser, server, workspace));
    }
  } finally {
    await server.stop();
  }
  try {
    if (withVsix) {
      console.log('\n=== the packaged .vsix in a new profile (code-server + Chromium) ===');
      tally(await runVsixChecks(browser, bin));
    }
  } finally {
    await browser.close();
  }
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    console.log('\n0 passed, 1 failed');
    process.exitCode = 1;
  })
  .finally(() => process.exit());
