import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../server/src/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

/** Invented reports of one ferry sinking (a disputed age, an updated toll) and an unrelated agreeing pair. */
function writeFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-report-'));
  const ferry = path.join(folder, 'ferry');
  const fair = path.join(folder, 'fair');
  for (const dir of [ferry, fair]) mkdirSync(dir);
  writeFileSync(path.join(ferry, 'a.article'), 'Ferry sinks off Kessa coast\nPublished: 2026-03-02\nSource: velora-times.example\n\nKESSA — At least 12 people were killed when the Merrow Star ferry sank off Kessa on Monday, police said. The ferry was carrying 212 passengers, according to the port authority. Its 54-year-old captain was arrested.\n');
  writeFileSync(path.join(ferry, 'b.article'), 'Merrow Star ferry sinks off Kessa\nPublished: 2026-03-02\nSource: harbour-news.example\n\nKESSA — Twelve people were killed when the Merrow Star ferry sank off Kessa on Monday, the coast guard said. The ferry was carrying 212 passengers. Its 45-year-old captain was arrested.\n');
  writeFileSync(path.join(ferry, 'c.article'), 'Kessa ferry toll rises\nPublished: 2026-03-04\nSource: karlin-post.example\n\nKESSA — At least 19 people were killed when the Merrow Star ferry sank off Kessa on Monday, police said on Wednesday.\n');
  writeFileSync(path.join(fair, 'd.article'), 'Karlin book fair opens its doors\nPublished: 2026-05-10\nSource: karlin-post.example\n\nKARLIN — The Karlin book fair opened on Saturday with 340 publishers, the organisers said.\n');
  writeFileSync(path.join(fair, 'e.article'), 'Publishers flock to Karlin fair\nPublished: 2026-05-10\nSource: velora-times.example\n\nKARLIN — Some 340 publishers came to the Karlin book fair, which opened on Saturday.\n');
  return folder;
}

test('report --format md: the disputed story with its facts, values by source, quotes, file:line and findings', async () => {
  const folder = writeFolder();
  const { code, out } = await run(['report', folder, '--stories', 'folder']);
  assert.equal(code, 0);
  assert.match(out, /^# Crosscheck report\n\n1 story with 1 disputed fact, from 5 articles\n/);
  assert.match(out, /^## Ferry sinks off Kessa coast$/m);
  assert.match(out, /^1 disputed fact and 1 updated figure in 3 articles from 3 outlets, 3 independent sources$/m);
  assert.match(out, /^### age of the captain — disputed$/m);
  assert.match(out, /^\| velora-times\.example \(2026-03-02\) \| 54-year \| — \| “Its 54-year-old captain was arrested\.” \| .*ferry\/a\.article:5 \|$/m);
  assert.match(out, /^### death toll — updated$/m);
  assert.match(out, /^\| harbour-news\.example \(2026-03-02\) \| Twelve \| the coast guard \| “KESSA — Twelve people were killed/m);
  assert.match(out, /^- warning figure-conflict .*ferry\/a\.article:5 — Age differs/m);
  assert.doesNotMatch(out, /book fair/, 'a story without a disputed fact is left out');
  const all = await run(['report', folder, '--stories', 'folder', '--all']);
  assert.match(all.out, /^## Karlin book fair opens its doors$/m);
  assert.match(all.out, /^### number of publishers — agreed$/m);
});

test('report --format csv: one row per value, quoted where needed', async () => {
  const folder = writeFolder();
  const { code, out } = await run(['report', folder, '--stories', 'folder', '--format', 'csv']);
  assert.equal(code, 0);
  const lines = out.trim().split('\n');
  assert.equal(lines[0], 'story,fact,kind,status,file,line,column,outlet,published,independent_source,value,phrase,attributed_to,quote,findings');
  const ages = lines.filter((l) => l.includes(',age of the captain,'));
  assert.equal(ages.length, 2);
  assert.match(ages[0], /^Ferry sinks off Kessa coast,age of the captain,figure,disputed,.*ferry\/a\.article,5,\d+,velora-times\.example,2026-03-02,A,54-year,Its 54-year-old captain,,Its 54-year-old captain was arrested\.,warning figure-conflict$/);
  assert.ok(lines.some((l) => /,death toll,figure,updated,.*,police,"KESSA — At least 12 people were killed .*, police said\.",$/.test(l)), out);
});

test('report --format html: one self-contained page that loads nothing', async () => {
  const folder = writeFolder();
  const { code, out } = await run(['report', folder, '--stories', 'folder', '--format', 'html']);
  assert.equal(code, 0);
  assert.match(out, /^<!DOCTYPE html>/);
  assert.match(out, /<h3>age of the captain <span class="status disputed">disputed<\/span><\/h3>/);
  assert.match(out, /<td><strong>45-year<\/strong><\/td>/);
  assert.match(out, /@media print/);
  assert.doesNotMatch(out, /https?:\/\//, 'no web address');
  assert.doesNotMatch(out, /<(?:script|link|img|iframe|object)\b|\bsrc=|url\(|@import/i, 'nothing that loads');
});

test('report: a wrong format is refused with the formats it takes', async () => {
  const { code, err } = await run(['report', '.', '--format', 'sarif']);
  assert.equal(code, 2);
  assert.match(err, /--format takes md, html, csv for report/);
});

test('report: decisions from crosscheck.json — a confirmed finding carries its note, a dismissed one is left out', async () => {
  const folder = writeFolder();
  const config = path.join(folder, 'crosscheck.json');
  const decide = (file: string, text: string, decision: string, note?: string) => ({ rule: 'figure-conflict', file, text, decision, ...(note ? { note } : {}) });
  writeFileSync(config, JSON.stringify({ decisions: [decide('ferry/a.article', '54-year', 'confirmed', 'The court record gives 45.'), decide('ferry/b.article', '45-year', 'dismissed')] }));
  const { out, err } = await run(['report', folder, '--stories', 'folder', '--config', config]);
  assert.equal(err.match(/crosscheck\.json:\d+/g), null, err);
  assert.match(out, /^- warning figure-conflict .*ferry\/a\.article:5 — Age differs.* — confirmed as an error: The court record gives 45\.$/m);
  assert.doesNotMatch(out, /^- warning figure-conflict .*ferry\/b\.article/m);
});
