// Runs every test suite of the project in turn, streams their output, and ends with one summary line
// "N passed, N failed[, N skipped]" that CI reads. Exits non-zero when any test failed or a suite did not run.
import { spawnSync } from 'node:child_process';

const suites = [
  { name: 'engine', args: ['--test', 'out/test/engine/'] },
  { name: 'grammar', args: ['--test', 'out/test/grammar/'] },
  { name: 'protocol', args: ['--test', 'out/test/protocol/'] },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const broken = [];
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n=== ${suite.name} tests ===`);
  const result = spawnSync(process.execPath, ['--test-reporter=spec', ...suite.args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
  const count = (label) => Number(new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(result.stdout)?.[1] ?? NaN);
  const [pass, fail, skip, todo, cancelled] = ['pass', 'fail', 'skipped', 'todo', 'cancelled'].map(count);
  if (Number.isNaN(pass)) {
    broken.push(suite.name);
    continue;
  }
  passed += pass;
  failed += fail + (cancelled || 0);
  skipped += (skip || 0) + (todo || 0);
  if (result.status !== 0 && fail === 0) broken.push(suite.name);
}
if (broken.length > 0) console.log(`\nSuites that did not finish cleanly: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed + broken.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || broken.length > 0 ? 1 : 0;
