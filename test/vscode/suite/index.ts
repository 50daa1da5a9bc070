/**
 * Entry point that VS Code's extension host calls with `extensionTestsPath`: runs the mocha suite in this folder
 * and, when CROSSCHECK_TEST_RESULTS names a file, writes the results there as JSON for the launcher to read
 * (a browser-hosted VS Code has no other channel back to the launcher).
 */
import { readdirSync, writeFileSync } from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
  durationMs?: number;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  const grep = process.env.CROSSCHECK_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  const results: TestResult[] = [];
  const write = (done: boolean): void => {
    const target = process.env.CROSSCHECK_TEST_RESULTS;
    if (!target) return;
    const passed = results.filter((r) => r.state === 'passed').length;
    const failed = results.filter((r) => r.state === 'failed').length;
    writeFileSync(target, JSON.stringify({ done, passed, failed, skipped: results.length - passed - failed, results }, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        write(true);
        if (failures > 0) reject(new Error(`${failures} VS Code test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
      runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'pending' }));
      runner.on('test end', () => write(false));
    } catch (error) {
      results.push({ title: 'loading the suite', state: 'failed', error: String(error) });
      write(true);
      reject(error);
    }
  });
}
