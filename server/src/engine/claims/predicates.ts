/**
 * Normalised predicates: English uses several words for one thing ("summit", "talks", "encounter"; "killed",
 * "dead", "deaths"). Claims compare when their predicates fall in one class.
 */
const CLASSES: Record<string, string> = {
  meeting: 'meeting', summit: 'meeting', talk: 'meeting', talks: 'meeting', encounter: 'meeting', 'face-to-face': 'meeting',
  trip: 'visit', visit: 'visit', journey: 'visit', tour: 'visit',
  killed: 'deaths', dead: 'deaths', death: 'deaths', died: 'deaths', fatality: 'deaths', fatalities: 'deaths', life: 'deaths', lives: 'deaths',
  'death toll': 'deaths', toll: 'deaths',
  injured: 'injured', wounded: 'injured', hurt: 'injured', injury: 'injured', injuries: 'injured',
  member: 'members', 'member state': 'members', 'member country': 'members', 'member nation': 'members',
  arrested: 'arrests', arrest: 'arrests', detained: 'arrests',
  missing: 'missing',
  passenger: 'passengers', traveler: 'passengers', traveller: 'passengers',
  prefecture: 'prefectures',
};

/** Singular of a plural English noun, for the common patterns. */
export function lemma(word: string): string {
  const lower = word.toLowerCase();
  if (/(?:ss|us|is)$/.test(lower) || lower.length <= 3) return lower;
  if (/ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** The predicate class of a figure's unit ("face-to-face encounter" → "meeting", "prefectures" → "prefectures"). */
export function predicateOf(unit: string): string {
  const lower = unit.toLowerCase();
  if (CLASSES[lower]) return CLASSES[lower];
  const words = lower.split(/\s+/);
  const last = words[words.length - 1];
  const head = last.includes('-') ? last.slice(last.lastIndexOf('-') + 1) : last;
  return CLASSES[head] ?? CLASSES[lemma(head)] ?? lemma(head);
}

/** Words for people in general, whose count says what happened to them only with the verb nearby. */
export const GENERIC_PEOPLE = new Set(['people', 'person', 'persons', 'civilians', 'others', 'adults', 'children', 'men', 'women', 'individuals', 'residents']);

/** Casualty verbs near a number of people: "50 people were killed", "killed at least 50". */
export const CASUALTY_AFTER = /^(?:\s+(?!and\b|or\b|but\b)[\p{L}-]+){0,3}?\s+(?:were|have been|had been|was|are|being)?\s*(?:\p{L}+ly\s+)?(killed|dead|died|injured|wounded|hurt|missing|arrested)\b/u;
export const CASUALTY_BEFORE = /\b(killed|wounded|injured|hurt|left|leaving|arrested)\s+(?:at least\s+|more than\s+|over\s+|about\s+|nearly\s+|some\s+|around\s+)?$/;

export function casualtyClass(verb: string): string {
  return predicateOf(verb === 'left' || verb === 'leaving' ? 'dead' : verb);
}

/** Predicates whose counts grow as news comes in: a later, higher figure is an update, not a contradiction. */
export const CASUALTY_PREDICATES = new Set(['deaths', 'injured', 'missing', 'arrests']);
