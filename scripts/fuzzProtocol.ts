/**
 * The long protocol part of `npm run fuzz`: random LSP traffic over stdio against the built server (dist/server.js)
 * in batches of 1,000 requests per seed (test/fuzz/protocolSession.ts), then abusive crosscheck.json files
 * (test/fuzz/configAbuse.ts). Prints requests tried, failures, hangs, stale answers and timings; resolves to the
 * number of failures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fuzzConfig } from '../test/fuzz/configAbuse';
import { describeReport, fuzzProtocol, type ProtocolFuzzReport } from '../test/fuzz/protocolSession';
import { startServer } from '../test/helpers/lspClient';

const BATCH = 1000;

export async function runProtocolFuzz(requests: number, firstSeed: number, configs: number): Promise<number> {
  const began = Date.now();
  const reports: ProtocolFuzzReport[] = [];
  for (let done = 0, seed = firstSeed; done < requests; done += BATCH, seed++) {
    // A new server per seed, so that a failure is reproduced by its seed alone.
    const server = await startServer();
    try {
      const report = await fuzzProtocol(server, { seed, requests: Math.min(BATCH, requests - done) });
      reports.push(report);
      console.log(`protocol seed ${seed}: ${describeReport(report)}`);
      for (const line of [...report.failures, ...report.hangs, ...report.stale].slice(0, 5)) console.log(`  ${line}`);
    } finally {
      await server.stop();
    }
  }
  const sum = (pick: (r: ProtocolFuzzReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
  const protocolFailures = sum((r) => r.failures.length + r.hangs.length + r.stale.length + (r.crashed ? 1 : 0));
  const worst = Math.max(0, ...reports.map((r) => r.latencyMs.max));
  console.log(`\n${sum((r) => r.requests).toLocaleString('en')} protocol requests tried (${sum((r) => r.answered).toLocaleString('en')} answered, ` +
    `${sum((r) => r.contentModified).toLocaleString('en')} ContentModified, ${sum((r) => r.cancelled)} cancelled), ${sum((r) => r.edits).toLocaleString('en')} edits; ` +
    `${sum((r) => r.failures.length)} failures, ${sum((r) => r.hangs.length)} hangs, ${sum((r) => r.stale.length)} stale answers, ` +
    `${reports.filter((r) => r.crashed).length} crashes; slowest answer ${worst.toFixed(0)} ms; ${((Date.now() - began) / 1000).toFixed(0)} s`);

  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-config-fuzz-'));
  const article = path.join(folder, 'bridge.article');
  const text = 'Velora bridge\nMayor Anna Doe of Velora said 12 people were hurt on Monday.';
  writeFileSync(article, text);
  const server = await startServer({}, { workspaceFolder: folder });
  let configFailures = 0;
  try {
    await server.open(pathToFileURL(article).href, text);
    const report = await fuzzConfig(server, folder, pathToFileURL(article).href, configs, firstSeed);
    configFailures = report.failures.length;
    for (const failure of report.failures.slice(0, 10)) console.log(`  ${failure}`);
    console.log(`${report.configs} abusive crosscheck.json files, ${report.failures.length} failures, server up: ${server.process.exitCode === null ? 'yes' : 'no'} (${report.seconds.toFixed(0)} s)`);
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return protocolFailures + configFailures;
}
