import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { StoryResult } from '../../server/src/features/story';
import type { WireStoryView } from '../../client/src/claims/storyTypes';

// The claims view reads the server's result through its own types: this fails to compile when they drift apart.
const asWire = (result: StoryResult): WireStoryView => result;
import { startServer, waitFor, type TestServer } from '../helpers/lspClient';

/** Invented reports of one ferry sinking that disagree on the captain's age and update the death toll. */
const ARTICLES: Record<string, string> = {
  'a.article': 'Ferry sinks off Kessa coast\nPublished: 2026-03-02\nSource: velora-times.example\n\nKESSA — At least 12 people were killed when the Merrow Star ferry sank off Kessa on Monday, police said. The ferry was carrying 212 passengers, according to the port authority. Its 54-year-old captain was arrested.\n',
  'b.article': 'Merrow Star ferry sinks off Kessa\nPublished: 2026-03-02\nSource: harbour-news.example\n\nKESSA — Twelve people were killed when the Merrow Star ferry sank off Kessa on Monday, the coast guard said. The ferry was carrying 212 passengers. Its 45-year-old captain was arrested.\n',
  'c.article': 'Kessa ferry toll rises\nPublished: 2026-03-04\nSource: karlin-post.example\n\nKESSA — At least 19 people were killed when the Merrow Star ferry sank off Kessa on Monday, police said on Wednesday.\n',
};

/** The text a protocol range covers, for single-line ranges. */
function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const line = text.split('\n')[range.start.line];
  return line.slice(range.start.character, range.end.character);
}

describe('crosscheck/story over stdio', () => {
  let folder: string;
  let server: TestServer;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-story-'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(folder, name), text);
    server = await startServer({ stories: 'folder' }, { workspaceFolder: folder });
    await waitFor(() => (server.status && !server.status.indexing && server.status.articles === 3 ? true : undefined), 20_000, 'indexing');
  });

  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the story of an article: sources in publication order, rows with status, cells with ranges', async () => {
    const story = await server.connection.sendRequest<StoryResult | null>('crosscheck/story', { uri: uriOf('a.article') });
    assert.ok(story);
    assert.equal(story.uri, uriOf('a.article'));
    assert.deepEqual(story.sources.map((s) => [path.basename(new URL(s.uri).pathname), s.outlet, s.published]), [
      ['a.article', 'velora-times.example', '2026-03-02'],
      ['b.article', 'harbour-news.example', '2026-03-02'],
      ['c.article', 'karlin-post.example', '2026-03-04'],
    ]);
    const rows = new Map(story.rows.map((r) => [r.label, r]));
    const age = rows.get('age of the captain');
    assert.equal(age?.status, 'disputed', JSON.stringify(story.rows.map((r) => [r.label, r.status])));
    assert.deepEqual(age.cells.map((c) => [path.basename(c.uri), c.text]), [['a.article', '54-year'], ['b.article', '45-year']]);
    assert.ok(age.findings.some((f) => f.rule === 'figure-conflict' && f.severity === 'warning'));
    assert.equal(rows.get('death toll')?.status, 'updated');
    assert.deepEqual(rows.get('death toll')!.cells.map((c) => c.attribution), ['police', 'the coast guard', 'police']);
    assert.equal(rows.get('number of passengers')?.status, 'agreed');
    for (const row of story.rows) {
      for (const cell of row.cells) assert.equal(textAt(ARTICLES[path.basename(new URL(cell.uri).pathname)], cell.range), cell.text);
    }
    assert.equal(story.summary.disputed, 1);
    assert.equal(story.summaryText, '1 disputed fact and 1 updated figure in 3 articles from 3 outlets, 3 independent sources');
  });

  test('hovering a figure says who it is attributed to', async () => {
    const text = ARTICLES['a.article'];
    await server.open(uriOf('a.article'), text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('At least 12'));
    const hover = await server.hover(uriOf('a.article'), line, lines[line].indexOf('12'));
    assert.match((hover?.contents as { value: string }).value, /according to: police/);
    const passengers = await server.hover(uriOf('a.article'), line, lines[line].indexOf('212'));
    assert.match((passengers?.contents as { value: string }).value, /according to: the port authority/);
  });

  test('an unknown article has no story; a request without a uri is refused', async () => {
    assert.equal(await server.connection.sendRequest('crosscheck/story', { uri: uriOf('missing.article') }), null);
    await assert.rejects(server.connection.sendRequest('crosscheck/story', {}), /needs \{ uri \}/);
  });

  test('crosscheck/report: the report of the disputed story in each format, and a clear error for a bad format', async () => {
    const md = await server.connection.sendRequest<{ text: string; stories: number }>('crosscheck/report', { format: 'md' });
    assert.equal(md.stories, 1);
    assert.match(md.text, /age of the captain|captain/);
    assert.match(md.text, /54/);
    assert.match(md.text, /45/);
    const html = await server.connection.sendRequest<{ text: string }>('crosscheck/report', { format: 'html' });
    assert.match(html.text, /^<!DOCTYPE html>/i);
    assert.doesNotMatch(html.text, /(?:src|href)="https?:/);
    const csv = await server.connection.sendRequest<{ text: string }>('crosscheck/report', { format: 'csv' });
    assert.ok(csv.text.split('\n').length > 3);
    await assert.rejects(server.connection.sendRequest('crosscheck/report', { format: 'pdf' }), /needs \{ format/);
  });

  test('the story result reads as the claims view\'s wire type', async () => {
    const result = await server.connection.sendRequest<StoryResult | null>('crosscheck/story', { uri: uriOf('a.article') });
    assert.ok(result);
    const wire = asWire(result);
    assert.ok(wire.rows.every((row) => row.cells.every((cell) => typeof cell.uri === 'string' && cell.range.start.line >= 0)));
    assert.match(wire.summaryText, /articles/);
    // Each finding carries the key crosscheck.json names it by, so the view can record a decision on it.
    const keyed = wire.rows.flatMap((row) => row.findings);
    assert.ok(keyed.length > 0);
    for (const finding of keyed) {
      assert.match(finding.key.file, /^[abc]\.article$/);
      assert.equal(finding.key.rule, finding.rule);
      assert.ok(finding.key.text.length > 0, JSON.stringify(finding.key));
    }
  });
});
