// Issue 11, item 5: semantic tokens after an edit come from the edited region, patched into the tokens of the text
// before it (server/src/features/provisionalTokens.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { changedRegion, editedWindow, MAX_WINDOW, provisionalTokens, type TokenBase } from '../../server/src/features/provisionalTokens';
import { TOKEN_TYPES, tokenSpans, type TokenSpan } from '../../server/src/features/tokenSpans';

const NO_LOOKUPS = { modifiers: () => 0, kindOf: () => undefined };
const fullTokens = (text: string): TokenSpan[] => tokenSpans(analyzeArticle(text), NO_LOOKUPS);
const baseOf = (text: string): TokenBase => ({ text, tokens: fullTokens(text) });
/** Tokens as "text@start:type", so that a token at the wrong offset or of the wrong type shows. */
const labels = (text: string, tokens: readonly TokenSpan[]): string[] => tokens.map((t) => `${text.slice(t.start, t.end)}@${t.start}:${TOKEN_TYPES[t.type]}`);

const ARTICLE = [
  'Bridge reopens in Velora',
  'Published: 2026-01-14',
  '',
  'Mayor Anna Doe reopened the Karlin bridge in Velora on Monday, 12 days early.',
  '',
  'The Velora Transit Authority said 40 buses would use it.',
  '',
  'Crews from Kessa Prefecture worked for 90 nights.',
  '',
].join('\n');

/** Replaces the first occurrence of each [from, to] pair: one change, or several in one didChange event. */
const edit = (text: string, ...pairs: Array<[string, string]>): string => pairs.reduce((t, [from, to]) => {
  assert.ok(t.includes(from), `the example has ${JSON.stringify(from)}`);
  return t.replace(from, to);
}, text);

// Each edit of the article, and the line(s) read again. For all of them the patched tokens equal the full
// analysis of the new text: kept before the window, read in it, shifted after it.
const EDITS: Array<{ name: string; after: string; window: string }> = [
  { name: 'a figure retyped in the middle paragraph', after: edit(ARTICLE, ['40 buses', '45 buses']), window: 'The Velora Transit Authority said 45 buses would use it.' },
  { name: 'a character typed inside a name', after: edit(ARTICLE, ['Anna Doe', 'Anna Dole']), window: 'Mayor Anna Dole reopened the Karlin bridge in Velora on Monday, 12 days early.' },
  { name: 'a name lengthened, so every later token shifts', after: edit(ARTICLE, ['Karlin bridge', 'Karlin Heights bridge']), window: 'Mayor Anna Doe reopened the Karlin Heights bridge in Velora on Monday, 12 days early.' },
  { name: 'a paragraph deleted', after: edit(ARTICLE, ['The Velora Transit Authority said 40 buses would use it.\n\n', '']), window: 'Crews from Kessa Prefecture worked for 90 nights.' },
  { name: 'an edit at the start (the headline)', after: edit(ARTICLE, ['Bridge reopens', 'Old bridge reopens']), window: 'Old bridge reopens in Velora\nPublished: 2026-01-14' },
  { name: 'a paragraph added at the end', after: `${ARTICLE}\nAnna Doe said 3 lanes are open.\n`, window: 'Crews from Kessa Prefecture worked for 90 nights.\n\nAnna Doe said 3 lanes are open.\n' },
  { name: 'two changes in one event', after: edit(ARTICLE, ['12 days', '14 days'], ['90 nights', '95 nights']), window: 'Mayor Anna Doe reopened the Karlin bridge in Velora on Monday, 14 days early.\n\nThe Velora Transit Authority said 40 buses would use it.\n\nCrews from Kessa Prefecture worked for 95 nights.' },
];

for (const { name, after, window } of EDITS) {
  test(`provisional tokens after ${name} equal the full analysis`, () => {
    const patched = provisionalTokens(baseOf(ARTICLE), after);
    assert.ok(patched, 'a short window is read');
    assert.equal(after.slice(patched.window.start, patched.window.end), window);
    assert.deepEqual(labels(after, patched.tokens), labels(after, fullTokens(after)));
  });
}

test('tokens outside the window are the old ones, those after it moved by the change in length', () => {
  const after = edit(ARTICLE, ['Karlin bridge', 'Karlin Heights bridge']);
  const base = baseOf(ARTICLE);
  const patched = provisionalTokens(base, after)!;
  const shift = ' Heights'.length;
  const before = base.tokens.filter((t) => t.end <= patched.window.start);
  const later = base.tokens.filter((t) => t.start >= patched.window.end - shift).map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }));
  assert.deepEqual(patched.tokens.slice(0, before.length), before);
  assert.deepEqual(patched.tokens.slice(-later.length), later);
  assert.deepEqual(labels(after, later), ['Velora Transit Authority@139:organization', '40@169:figure', 'Kessa Prefecture@204:place', '90@232:figure']);
});

test('a name the window writes alone takes the type the rest of the article gives it', () => {
  // Read alone, "The crews thanked Doe and Karlin on Tuesday." finds only the day; the article's "Anna Doe" (a
  // person) and "Karlin" (a place) make "Doe" a person's short form and "Karlin" a place, as the full analysis does.
  const after = edit(ARTICLE, ['Crews from Kessa Prefecture worked for 90 nights.', 'The crews thanked Doe and Karlin on Tuesday.']);
  const patched = provisionalTokens(baseOf(ARTICLE), after)!;
  const window = labels(after, patched.tokens.filter((t) => t.start >= patched.window.start));
  assert.deepEqual(window.map((l) => l.replace(/@\d+/, '')), ['Doe:person', 'Karlin:place', 'Tuesday:date']);
  assert.deepEqual(labels(after, patched.tokens), labels(after, fullTokens(after)));
});

test('known names are found on word boundaries, longest first, never inside one another', () => {
  // The window's own reading is left out (an analysis that finds nothing), so every token there is a known name.
  const nothing = () => analyzeArticle('');
  const after = edit(ARTICLE, ['The Velora Transit Authority said 40 buses would use it.', 'Anna Doe met Doe, Annan, Doesburg and Kessa Prefecture\'s Velora.']);
  const patched = provisionalTokens(baseOf(ARTICLE), after, nothing)!;
  const inWindow = patched.tokens.filter((t) => t.start >= patched.window.start && t.end <= patched.window.end);
  const window = labels(after, inWindow).map((l) => l.replace(/@\d+/, ''));
  assert.deepEqual(window, ['Anna Doe:person', 'Doe:person', 'Kessa Prefecture:place', 'Velora:place']);
});

test('the old types of names are kept: a window\'s name takes the type of its earlier mention', () => {
  // The base colours "Anna Doe" as an organisation (as a corpus-wide kind may); the window reads a person there, and
  // the old type wins, as the full analysis colours every mention by the entity's kind.
  const base = baseOf(ARTICLE);
  const doe = ARTICLE.indexOf('Anna Doe');
  const organisation = TOKEN_TYPES.indexOf('organization');
  const tokens = base.tokens.map((t) => (t.start === doe ? { ...t, type: organisation } : t));
  const after = edit(ARTICLE, ['Crews from Kessa Prefecture worked', 'Anna Doe thanked the crews who worked']);
  const own = provisionalTokens(base, after)!;
  const patched = provisionalTokens({ text: ARTICLE, tokens }, after)!;
  const inWindow = (p: typeof patched) => labels(after, p.tokens.filter((t) => t.start >= p.window.start)).map((l) => l.replace(/@\d+/, ''));
  assert.deepEqual(inWindow(own), ['Anna Doe:person', '90:figure']);
  assert.deepEqual(inWindow(patched), ['Anna Doe:organization', '90:figure']);
});

test('a date across a line break widens the window to both lines', () => {
  // Lines of a long block: only the edited line is read, but the date that runs into it from the line before
  // brings that line in.
  const long = 'Anna Doe spoke in Velora. '.repeat(60);
  const text = `Bridge reopens\n\n${long}\nThe Karlin bridge reopened the\nprevious day, said Anna Doe.\n${long}\n`;
  const after = edit(text, ['said Anna Doe', 'said Anna Dole']);
  const patched = provisionalTokens(baseOf(text), after)!;
  assert.equal(after.slice(patched.window.start, patched.window.end), 'The Karlin bridge reopened the\nprevious day, said Anna Dole.');
  assert.deepEqual(labels(after, patched.tokens), labels(after, fullTokens(after)));
});

test('the same text gives the old tokens; a window past MAX_WINDOW gives none', () => {
  const base = baseOf(ARTICLE);
  assert.deepEqual(provisionalTokens(base, ARTICLE)?.tokens, base.tokens);
  // Edits at both ends of a long article: the window between them is the whole text.
  const long = `${ARTICLE}${'Anna Doe spoke in Velora. '.repeat(Math.ceil(MAX_WINDOW / 26))}\n`;
  assert.equal(provisionalTokens(baseOf(long), `x${long}x`), null);
});

const REGIONS: Array<[string, string, ReturnType<typeof changedRegion>]> = [
  ['abc', 'abc', null],
  ['abc', 'abXc', { start: 2, oldEnd: 2, newEnd: 3 }], // Typed.
  ['abXc', 'abc', { start: 2, oldEnd: 3, newEnd: 2 }], // Deleted.
  ['abc', 'aYc', { start: 1, oldEnd: 2, newEnd: 2 }], // Replaced.
  ['aa', 'aaa', { start: 2, oldEnd: 2, newEnd: 3 }], // Ambiguous: the prefix is taken first, the suffix never overlaps it.
  ['', 'new', { start: 0, oldEnd: 0, newEnd: 3 }],
  ['Ab cd Ef', 'Xb cd Ey', { start: 0, oldEnd: 8, newEnd: 8 }], // Changes at both ends: everything between.
];

test('the changed region is what lies between the common prefix and suffix', () => {
  for (const [before, after, expected] of REGIONS) assert.deepEqual(changedRegion(before, after), expected, `${before} → ${after}`);
});

// The window: the edited lines, or their blank-line block when that is paragraph-sized.
const LONG_LINE = 'Anna Doe spoke. '.repeat(100); // 1,600 characters: a paragraph-sized block cannot hold it.
const WINDOWS: Array<[string, string, string]> = [
  ['Head\n\nOne line\nwrapped here\n\nNext', 'wrapped', 'One line\nwrapped here'], // A hard-wrapped paragraph.
  ['Head\r\n\r\nOne line\r\nwrapped here\r\n\r\nNext', 'wrapped', 'One line\r\nwrapped here'], // The same with CRLF.
  [`Head\n\n${LONG_LINE}\nEdited line\n${LONG_LINE}`, 'Edited', 'Edited line'], // A long block: the lines only.
  ['Only line', 'line', 'Only line'],
];

test('the window is the edited lines, widened to a short paragraph', () => {
  for (const [text, word, expected] of WINDOWS) {
    const at = text.indexOf(word);
    const window = editedWindow(text, { start: at, oldEnd: at + 1, newEnd: at + 1 });
    assert.equal(text.slice(window.start, window.end), expected, JSON.stringify(text.slice(0, 40)));
  }
});
