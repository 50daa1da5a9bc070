import assert from 'node:assert/strict';
import Ajv from 'ajv-draft-04';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { SEEDS } from '../helpers/text';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

interface JsonArticle {
  file: string;
  headline: string | null;
  published: string | null;
  entities: Array<{ start: number; end: number; text: string; kind: string }>;
  dates: Array<{ start: number; end: number; text: string; value: string | null }>;
  figures: Array<{ start: number; end: number; text: string; value: number; kind: string; unit: string | null }>;
}

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');

test('annotate --format json reports what the issue names for seed 004', async () => {
  const { code, out } = await run(['annotate', SEEDS, '--format', 'json']);
  assert.equal(code, 0);
  const { articles } = JSON.parse(out) as { articles: JsonArticle[] };
  assert.equal(articles.length, 5);
  const seed = articles.find((a) => a.file.includes('004_'))!;
  const persons = seed.entities.filter((e) => e.kind === 'person').map((e) => plain(e.text));
  for (const name of ['Lee Jae Myung', 'Sanae Takaichi', 'Wi Sung-lac', 'Kim Jong-un']) assert.ok(persons.includes(name), `missing person ${name}`);
  const dates = seed.dates.map((d) => [d.text, d.value]);
  assert.deepEqual(dates.filter(([t]) => t === '2013' || t === '1942'), [['2013', '2013'], ['1942', '1942']]);
  const figures = seed.figures.map((f) => [f.text, f.kind, f.unit]);
  assert.ok(figures.some(([t, k, u]) => t === 'eight' && k === 'cardinal' && u === 'prefectures'));
  assert.ok(figures.some(([t, k]) => t === 'second' && k === 'ordinal'));
  assert.ok(figures.some(([t, k]) => t === 'third' && k === 'ordinal'));
  for (const article of articles) {
    assert.match(article.file, /^.*seeds\/00\d_[0-9a-f]+\.txt$/);
  }
});

test('annotate offsets are UTF-16 indices into the file text, end exclusive', async () => {
  const { out } = await run(['annotate', SEEDS, '--format', 'json']);
  const { readFileSync } = await import('node:fs');
  for (const article of (JSON.parse(out) as { articles: JsonArticle[] }).articles) {
    const text = readFileSync(path.join(SEEDS, path.basename(article.file)), 'utf8');
    for (const item of [...article.entities, ...article.dates, ...article.figures]) {
      assert.equal(text.slice(item.start, item.end), item.text);
    }
  }
});

test('a missing path gives exit code 2 and one line, and other files are still processed', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-'));
  const good = path.join(dir, 'good.txt');
  writeFileSync(good, 'Headline about a council\nMayor Jane Doe opened the bridge in Lisbon on 3 May 2024.');
  const binary = path.join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  const invalid = path.join(dir, 'latin1.txt');
  writeFileSync(invalid, Buffer.from('Caf\xe9 owners in Lisbon\nMayor Jane Doe spoke.', 'latin1'));
  const { code, out, err } = await run(['annotate', good, path.join(dir, 'missing.txt'), binary, invalid, '--format', 'json']);
  assert.equal(code, 2);
  const errors = err.trim().split('\n');
  assert.ok(errors.some((line) => /missing\.txt: no such file or folder$/.test(line)), err);
  assert.ok(errors.some((line) => /image\.txt: file looks binary/.test(line)), err);
  assert.ok(errors.some((line) => /latin1\.txt: file is not valid UTF-8/.test(line)), err);
  const files = (JSON.parse(out) as { articles: JsonArticle[] }).articles.map((a) => path.basename(a.file));
  assert.deepEqual(files, ['good.txt', 'latin1.txt']);
});

test('text format lists each annotation with file:line:col', async () => {
  const { code, out } = await run(['annotate', path.join(SEEDS, '..', 'seeds'), '--format', 'text']);
  assert.equal(code, 0);
  assert.match(out, /004_[0-9a-f]+\.txt:\d+:\d+ {2}person {7}Kim.Jong.un/);
});

test('bad arguments are explained', async () => {
  assert.equal((await run(['annotate'])).code, 2);
  assert.match((await run(['annotate', SEEDS, '--format', 'xml'])).err, /--format takes text or json/);
  assert.match((await run(['frobnicate', SEEDS])).err, /unknown command frobnicate/);
  assert.equal((await run(['--help'])).code, 0);
});

interface JsonEntity {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  mentions: Array<{ file: string; start: number; end: number; text: string }>;
}

test('entities --format json gives one entity per referent across the seeds', async () => {
  const { code, out } = await run(['entities', SEEDS, '--format', 'json']);
  assert.equal(code, 0);
  const { entities } = JSON.parse(out) as { entities: JsonEntity[] };
  const named = (surface: string) => entities.filter((e) => [e.name, ...e.aliases].map(plain).includes(surface));
  assert.equal(named('Lee Jae Myung').length, 1);
  assert.equal(named('Lee Jae Myung')[0].id, named('Lee Jae-myung')[0].id);
  assert.equal(named('Horyuji').length, 1);
  assert.equal(named('Horyuji')[0].id, named('Hōryū-ji Temple')[0].id);
  const cptpp = named('CPTPP')[0];
  assert.deepEqual([...new Set(cptpp.mentions.map((m) => m.file.slice(-24, -21)))].sort(), ['000', '001', '002', '003', '004']);
  for (const entity of entities) {
    assert.ok(['person', 'organization', 'place', 'other'].includes(entity.kind));
    for (const mention of entity.mentions) assert.match(mention.file, /seeds\/00\d_[0-9a-f]+\.txt$/);
  }
});

test('entities --format text lists entities with counts', async () => {
  const { code, out } = await run(['entities', SEEDS]);
  assert.equal(code, 0);
  assert.match(out, /^person {7}Sanae Takaichi {2}· \d+ mentions in 5 articles {2}\(also "Takaichi"\)$/m);
});

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  start: number;
  end: number;
  line: number;
  message: string;
  related: Array<{ file: string; start: number; end: number; message: string }>;
}

test('check --format json reports the seeds’ disagreements with related spans, offsets and 1-based lines', async () => {
  const { code, out } = await run(['check', SEEDS, '--format', 'json']);
  assert.equal(code, 0, 'warnings do not fail unless --fail-on says so');
  const { findings } = JSON.parse(out) as { findings: JsonFinding[] };
  const { readFileSync } = await import('node:fs');
  const textOf = (file: string) => readFileSync(path.join(SEEDS, path.basename(file)), 'utf8');
  const ordinal = findings.find((f) => f.rule === 'ordinal-conflict' && f.file.includes('004_'))!;
  assert.equal(ordinal.severity, 'warning');
  assert.equal(textOf(ordinal.file).slice(ordinal.start, ordinal.end), 'third');
  assert.equal(textOf(ordinal.file).split('\n')[ordinal.line - 1].includes('third face'), true);
  assert.equal(ordinal.related.length, 1);
  assert.match(ordinal.related[0].file, /seeds\/003_/);
  assert.equal(textOf(ordinal.related[0].file).slice(ordinal.related[0].start, ordinal.related[0].end), 'second');
  assert.ok(findings.some((f) => f.rule === 'name-variant' && f.message.includes('Josai')));
});

test('check exits 1 at or above --fail-on, and prints file:line:col: severity rule message', async () => {
  const warning = await run(['check', SEEDS, '--fail-on', 'warning']);
  assert.equal(warning.code, 1);
  assert.match(warning.out, /^.*seeds\/004_[0-9a-f]+\.txt:9:210: warning ordinal-conflict Meeting count differs: this article says “third face‑to‑face encounter”; “Lee, Takaichi must advance stalled South…”, 2026-01-14 says “their second meeting”$/m);
  assert.equal((await run(['check', SEEDS, '--fail-on', 'error'])).code, 0);
  assert.match((await run(['check', SEEDS, '--fail-on', 'loud'])).err, /--fail-on takes error, warning, information or hint/);
});

test('check --format sarif is valid SARIF 2.1.0', async () => {
  const { out } = await run(['check', SEEDS, '--format', 'sarif']);
  const sarif = JSON.parse(out) as { version: string; runs: Array<{ results: Array<{ ruleId: string; relatedLocations: unknown[] }> }> };
  // The SARIF 2.1.0 schema (draft-04) as shipped in @microsoft/jest-sarif; its patterns predate the u flag.
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const valid = validate(JSON.parse(out));
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(sarif.version, '2.1.0');
  const results = sarif.runs[0].results;
  assert.ok(results.some((r) => r.ruleId === 'ordinal-conflict' && r.relatedLocations.length === 1));
});

test('check reads crosscheck.json: severities, ignores, and problems reported with their line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-config-'));
  const config = path.join(dir, 'crosscheck.json');
  writeFileSync(config, '{\n  "rules": { "ordinal-conflict": "error", "name-variant": "sometimes" }\n}\n');
  const { code, out, err } = await run(['check', SEEDS, '--config', config, '--format', 'json']);
  assert.equal(code, 1, 'an error-level finding fails the default --fail-on error');
  assert.match(err, /crosscheck\.json:2: rule "name-variant" must be "off", "on" or a severity/);
  const findings = (JSON.parse(out) as { findings: JsonFinding[] }).findings;
  assert.ok(findings.every((f) => f.rule !== 'ordinal-conflict' || f.severity === 'error'));
  assert.ok(findings.some((f) => f.rule === 'name-variant' && f.severity === 'warning'), 'an invalid value keeps the default');
});
