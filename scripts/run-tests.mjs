// Runs every test suite of the project in turn, streams their output, and ends with one summary line
// "N passed, N failed[, N skipped]" that CI reads. Exits non-zero when any test failed or a suite did not run.
// `node scripts/run-tests.mjs engine protocol` runs only the suites named.
import { spawn } from 'node:child_process';

const suites = [
  { name: 'engine', args: ['--test-reporter=spec', '--test', 'out/test/engine/'] },
  { name: 'grammar', args: ['--test-reporter=spec', '--test', 'out/test/grammar/'] },
  { name: 'protocol', args: ['--test-reporter=spec', '--test', 'out/test/protocol/'] },
  // Real VS Code (code-server in headless Chromium): the extension suite, then the UI checks. The launcher ends
  // with its own "N passed, N failed" line.
  { name: 'vscode', args: ['out/test/vscode/runCodeServer.js'], plainSummary: true },
];

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (status) => resolve({ status, output }));
  });
}

function counts(suite, output) {
  if (suite.plainSummary) {
    const matches = [...output.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)];
    const last = matches[matches.length - 1];
    return last ? { pass: +last[1], fail: +last[2], skip: +(last[3] ?? 0) } : null;
  }
  const count = (label) => Number(new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(output)?.[1] ?? NaN);
  if (Number.isNaN(count('pass'))) return null;
  return { pass: count('pass'), fail: count('fail') + (count('cancelled') || 0), skip: (count('skipped') || 0) + (count('todo') || 0) };
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const broken = [];
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n=== ${suite.name} tests ===`);
  const { status, output } = await run(suite.args);
  const result = counts(suite, output);
  if (!result || (status !== 0 && result.fail === 0)) {
    broken.push(suite.name);
    if (!result) continue;
  }
  passed += result.pass;
  failed += result.fail;
  skipped += result.skip;
}
if (broken.length > 0) console.log(`\nSuites that did not finish cleanly: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed + broken.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || broken.length > 0 ? 1 : 0;
