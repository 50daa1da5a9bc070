import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';
import { defaultConfig } from '../../server/src/engine/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { runRules } from '../../server/src/engine/rules/runRules';

// Words that are also names of Object's prototype members; an article may contain any of them.
const WORDS = ['constructor', 'Constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

const article = (n: number) =>
  `Velora Constructor wins the Karlin contract\nPublished: 3 May 2024\n\n` +
  `The constructor said ${n} constructors and the Constructor Group signed the toString deal with valueOf Ltd on Friday. ` +
  `${WORDS.join(' ')} ${WORDS.map((w) => w.toLowerCase()).join(' ')} hasOwnProperty rose 4 constructors. ` +
  `The __proto__ team hired 12 __proto__ engineers, and Anna Doe, the constructor, met ${n} toString officials.\n`;

test('words named like Object members leave analyses plain data: cloneable, numeric counts, no functions', () => {
  const analysis = analyzeArticle(article(3));
  assert.doesNotThrow(() => structuredClone(analysis));
  const functions: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'function') functions.push(at);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${at}.${key}`);
  };
  walk(analysis, 'analysis');
  assert.deepEqual(functions, []);
  for (const [word, count] of Object.entries(analysis.words ?? {})) assert.equal(typeof count, 'number', word);
});

test('words named like Object members do not break the comparison of two articles', () => {
  const corpus = new Corpus();
  corpus.set('a', analyzeArticle(article(3)));
  corpus.set('b', analyzeArticle(article(5)));
  const { findings } = runRules(corpus, defaultConfig(), (id) => id);
  for (const finding of findings) assert.ok(!/function|native code/.test(finding.message), finding.message);
  // The two reports are one story (their word counts are numbers) and their counts of constructors are compared.
  assert.equal(corpus.storyOf('a'), corpus.storyOf('b'));
  const constructors = findings.filter((f) => f.rule === 'figure-conflict' && /this article says “3 constructors”.*“5 constructors”/.test(f.message));
  assert.equal(constructors.length, 1, findings.map((f) => f.message).join('\n'));
});
