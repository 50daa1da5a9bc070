/**
 * Launcher A: runs the VS Code suite in a VS Code downloaded by @vscode/test-electron. Needs internet (it downloads
 * VS Code), so it is for contributors' machines and public CI; this project's own CI runs Launcher B
 * (runCodeServer.ts), which needs none. Usage: `npm run test:vscode:electron`.
 */
import { runTests } from '@vscode/test-electron';
import { existsSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { createWorkspace, REPO_ROOT, SUITE_PATH, TEST_ROOT } from './fixture';

async function main(): Promise<void> {
  const workspace = createWorkspace();
  const results = path.join(TEST_ROOT, 'electron-results.json');
  rmSync(results, { force: true });
  let failedToRun = false;
  try {
    await runTests({
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE_PATH,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(TEST_ROOT, 'electron-user-data')],
      extensionTestsEnv: { CROSSCHECK_TEST_RESULTS: results },
    });
  } catch (error) {
    console.error(String(error));
    failedToRun = true;
  }
  const summary = existsSync(results) ? (JSON.parse(readFileSync(results, 'utf8')) as { passed: number; failed: number }) : null;
  if (!summary) {
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  process.exitCode = failedToRun || summary.failed > 0 ? 1 : 0;
}

void main();
