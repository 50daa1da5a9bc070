import { wordTable } from '../text/table';
/** English number words and their values. */

const ONES: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
});
const TENS: Record<string, number> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES: Record<string, number> = wordTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
});
const ORDINALS: Record<string, number> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
});

const UNIT_WORDS = [...Object.keys(ONES), ...Object.keys(TENS)].sort((a, b) => b.length - a.length).join('|');
const ORDINAL_WORDS = Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');

/** "twenty-one", "two hundred", "three and a half", "1,200", "4.5 million", "a dozen". */
export const CARDINAL_SOURCE =
  `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${TENS_WORDS})[- ](?:one|two|three|four|five|six|seven|eight|nine)|(?:${UNIT_WORDS})|a dozen|a half)` +
  `(?:\\s+(?:hundred|thousand|million|billion|trillion)|\\s?(?:bn|mn)\\b)*(?:\\s+and\\s+a\\s+half)?`;

/** "third", "twenty-first", "32nd". */
export const ORDINAL_SOURCE = `(?:\\d+(?:st|nd|rd|th)|(?:(?:${TENS_WORDS})-)?(?:${ORDINAL_WORDS}))`;

/** Value of a cardinal phrase matched by CARDINAL_SOURCE, or NaN. */
export function cardinalValue(phrase: string): number {
  const lower = phrase.toLowerCase().replace(/\s+and\s+a\s+half$/, '');
  const half = lower.length !== phrase.length ? 0.5 : 0;
  const words = lower.replace(/^a (dozen|half)$/, '$1').split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (/^\d/.test(word)) current += Number(word.replace(/,/g, ''));
    else if (word === 'half') current += 0.5;
    else if (word in ONES) current += ONES[word];
    else if (word in TENS) current += TENS[word];
    else if (word in SCALES) {
      const scale = SCALES[word];
      if (scale >= 1000) {
        total += (current || 1) * scale;
        current = 0;
      } else current = (current || 1) * scale;
    } else return NaN;
  }
  return total + current + half * (total + current >= 1 ? 1 : 0);
}

export function ordinalValue(word: string): number {
  const lower = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  const parts = lower.split('-');
  if (parts.length === 2) return (TENS[parts[0]] ?? NaN) + (ORDINALS[parts[1]] ?? NaN);
  return ORDINALS[lower] ?? NaN;
}
