import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';

/** The phrase of the mention whose name is `name`, as text. */
function phraseOf(body: string, name: string): string | undefined {
  const text = `Headline for the test article\n${body}`;
  const mention = analyzeArticle(text).entities.find((e) => e.text === name);
  return mention && text.slice(mention.phrase.start, mention.phrase.end);
}

// Texts written for these tests: the name a mention highlights, and the noun phrase it heads.
const cases: Array<{ text: string; name: string; phrase: string }> = [
  // The article of a name that takes one belongs to its phrase.
  { text: 'Delegates of the Kessa Republic met on Monday.', name: 'Kessa Republic', phrase: 'the Kessa Republic' },
  { text: 'A report by the Velora Freight Alliance said prices rose.', name: 'Velora Freight Alliance', phrase: 'the Velora Freight Alliance' },
  // A name that modifies a noun after it leaves the article to that noun.
  { text: 'Officials of the Kessa Republic government met on Monday.', name: 'Kessa Republic', phrase: 'Kessa Republic' },
  // A title written before a person's name and a possessive after it.
  { text: 'Prime Minister Anna Doe spoke on Monday.', name: 'Anna Doe', phrase: 'Prime Minister Anna Doe' },
  { text: 'The plan was Karel Vostrak\'s idea, aides said.', name: 'Karel Vostrak', phrase: 'Karel Vostrak\'s' },
  { text: 'Staff said the Velora Freight Alliance \'s offices were closed.', name: 'Velora Freight Alliance', phrase: 'the Velora Freight Alliance \'s' },
  // Nothing to add: the phrase is the name.
  { text: 'Karel Vostrak arrived in Kessa Prefecture on Monday.', name: 'Kessa Prefecture', phrase: 'Kessa Prefecture' },
];

for (const { text, name, phrase } of cases) {
  test(`entity phrase: ${name} in "${text.slice(0, 50)}"`, () => {
    assert.equal(phraseOf(text, name), phrase);
  });
}
