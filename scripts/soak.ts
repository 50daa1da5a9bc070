/**
 * `npm run soak`: a long random editing session against the built server over stdio (default 10 minutes,
 * `-- --minutes N` to shorten, `--seed S`, `--files F` for the hostile corpus). First a hostile corpus of 1,000 files
 * (test/fuzz/hostileCorpus.ts) is indexed while hovers are asked: every hover must be answered and exactly the binary
 * and oversized files listed as skipped. Then, in that folder, random edits, hovers, semantic tokens, definitions and
 * symbols (test/fuzz/protocolSession.ts), with saves of open documents and articles created, changed and deleted on
 * disk; the server's resident memory is sampled every 10 s. Prints edits, requests, crashes, hangs (a request
 * unanswered for 10 s), stale answers, memory first/last/max and whether it stayed flat. Exit code 1 on any failure.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, NotificationType } from 'vscode-languageserver-protocol/node';
import { random } from '../bench/perturb';
import { HOSTILE_MAX_FILE_SIZE, writeHostileCorpus } from '../test/fuzz/hostileCorpus';
import { describeReport, fuzzProtocol } from '../test/fuzz/protocolSession';
import { startServer, type TestServer } from '../test/helpers/lspClient';
import { numberOption } from './options';


const minutes = numberOption('minutes', 10);
const seed = numberOption('seed', 1);
const files = numberOption('files', 1000);
const SAMPLE_MS = 10_000;
const SKIPPED_FILES = new NotificationType<{ files: Array<{ uri: string; reason: string }> }>('crosscheck/skippedFiles');

/** The server process's resident memory in MB (its worker threads included), from /proc; NaN elsewhere. */
function residentMb(pid: number | undefined): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function indexHostileCorpus(server: TestServer, folder: string, corpus: ReturnType<typeof writeHostileCorpus>): Promise<string[]> {
  const failures: string[] = [];
  let skipped: Array<{ uri: string; reason: string }> = [];
  server.connection.onNotification(SKIPPED_FILES, ({ files: list }) => {
    skipped = list;
  });
  const uri = pathToFileURL(path.join(folder, corpus.ordinary[0])).href;
  await server.open(uri, 'Velora bridge\nMayor Anna Doe of Velora spoke on Monday.');
  const began = Date.now();
  let hovers = 0;
  while (!server.status || server.status.indexing || server.status.total === 0) {
    const hover = await Promise.race([server.hover(uri, 1, 8), new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
    if (hover === 'timeout') failures.push('a hover during indexing was not answered in 10 s');
    hovers++;
    if (Date.now() - began > 600_000) {
      failures.push('indexing did not end in 10 minutes');
      break;
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const expected = [...corpus.skipped.keys()].map((file) => pathToFileURL(path.join(folder, file)).href).sort();
  const listed = skipped.map((f) => f.uri).sort();
  if (JSON.stringify(listed) !== JSON.stringify(expected)) failures.push(`skipped list: ${listed.length} files, expected ${expected.length}`);
  if (server.status?.articles !== corpus.articles) failures.push(`indexed ${server.status?.articles} articles, expected ${corpus.articles}`);
  console.log(`hostile corpus: ${files.toLocaleString('en')} files indexed in ${((Date.now() - began) / 1000).toFixed(0)} s with ${hovers} hovers answered meanwhile; ` +
    `${server.status?.articles} articles, ${skipped.length} skipped (expected ${corpus.articles} and ${expected.length}); ${failures.length} failures`);
  await server.close(uri);
  return failures;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-soak-'));
  const corpus = writeHostileCorpus(folder, files, seed);
  const server = await startServer({ maxFileSize: HOSTILE_MAX_FILE_SIZE }, { workspaceFolder: folder, extraInitializationOptions: { skippedFiles: true } });
  const failures: string[] = [];
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(residentMb(server.process.pid)), SAMPLE_MS);
  try {
    failures.push(...(await indexHostileCorpus(server, folder, corpus)));
    samples.push(residentMb(server.process.pid));
    const end = Date.now() + minutes * 60_000;
    const next = random(seed);
    let diskChanges = 0;
    let saves = 0;
    const report = await fuzzProtocol(server, {
      seed,
      requests: Number.MAX_SAFE_INTEGER,
      until: () => Date.now() > end,
      documentUri: (i) => pathToFileURL(path.join(folder, `edited-${i}.article`)).href,
      onStep: async (_step, open) => {
        const roll = next();
        if (roll < 0.02 && open.size > 0) {
          // A save: the open text written to its file, reported as changed.
          const [uri, document] = [...open][Math.floor(next() * open.size)];
          writeFileSync(new URL(uri), document.getText());
          await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
          saves++;
        } else if (roll < 0.04) {
          // An article created, rewritten or deleted on disk.
          const file = path.join(folder, 'folder-0', `churn-${Math.floor(next() * 50)}.article`);
          const uri = pathToFileURL(file).href;
          if (next() < 0.3) {
            try {
              unlinkSync(file);
              await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
            } catch {
              // Not there yet.
            }
          } else {
            writeFileSync(file, `Churn report\nPublished: 2024-03-0${1 + Math.floor(next() * 9)}\nMayor Anna Doe said ${Math.floor(next() * 100)} people came.\n`);
            await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Created }] });
          }
          diskChanges++;
        }
      },
    });
    samples.push(residentMb(server.process.pid));
    console.log(`editing session: ${describeReport(report)}; ${saves} saves, ${diskChanges} files created, changed or deleted on disk`);
    for (const line of [...report.failures, ...report.hangs, ...report.stale].slice(0, 10)) console.log(`  ${line}`);
    failures.push(...report.failures, ...report.hangs, ...report.stale);
    // The first third is warm-up (code compiled, caches filled); flat when the median of the last third is within
    // a tenth (and 10 MB) of the middle third's. A leak grows the last third over the middle one.
    const third = Math.max(1, Math.floor(samples.length / 3));
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const early = median(samples.slice(third, 2 * third));
    const late = median(samples.slice(-third));
    const flat = late <= early * 1.1 + 10;
    if (!flat) failures.push(`memory grew from ${early.toFixed(0)} MB to ${late.toFixed(0)} MB`);
    console.log(`memory (resident, MB, every 10 s): first ${samples[0].toFixed(0)}, last ${samples.at(-1)!.toFixed(0)}, max ${Math.max(...samples).toFixed(0)}; ` +
      `median of the middle third ${early.toFixed(0)}, of the last third ${late.toFixed(0)}: ${flat ? 'flat' : 'GROWING'} (${samples.length} samples)`);
    console.log(`\nsoak, ${minutes} minutes: ${report.edits.toLocaleString('en')} edits, ${report.requests.toLocaleString('en')} requests, ` +
      `${report.crashed || server.process.exitCode !== null ? 1 : 0} crashes, ${report.hangs.length} hangs, ${report.stale.length} stale answers, ` +
      `memory ${flat ? 'flat' : 'growing'}; ${failures.length} failures`);
  } finally {
    clearInterval(sampler);
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}

void main();
