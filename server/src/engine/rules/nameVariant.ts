import { isDictionaryWord, isKnownName, knownOrganization, knownPlace } from '../lexicon/lexicon';
import { editDistance, isDerivation, letterSet, spellingKey } from '../names/spelling';
import { candidatePairs, collectSpellings, sharedContext, type Spelling, type SpellingPair } from '../names/spellings';
import type { NameCandidate, NameToken } from '../names/types';
import type { Span } from '../types';
import { connectorVariants } from './connectorVariant';
import type { RuleContext } from './context';
import { sourcesWrite, useSpellingTitle } from './label';
import type { Finding, Severity } from './types';

// Words that tell places and things apart while looking alike: "North"/"South", "Upper"/"Lower", numbers.
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'new', 'old', 'greater', 'northeast', 'northwest', 'southeast', 'southwest']);
const ORDINAL_WORDS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[ivxlc]+|\d.*)$/;

const isKnown = (word: string): boolean => isKnownName(word) || knownPlace(word) || knownOrganization(word);

/** A judged pair: which spelling is preferred, how sure the rule is, and why. */
export interface Variant {
  preferred: Spelling;
  variant: Spelling;
  position: number;
  severity: Severity;
  /** Articles that write both spellings: they get no finding of their own. */
  mixed: Set<string>;
}

/**
 * Whether the word at `position` of two spellings is one word spelled two ways: not two dictionary words, not a
 * derivation ("Korea"/"Korean"), alike enough (one edit on a longer word, or the same loose key), and not two names
 * known apart ("Mark"/"Mary", "Austria"/"Australia").
 */
function alike(pair: SpellingPair): { strong: boolean; needsContext: boolean } | null {
  const { a, b, position } = pair;
  const x = a.keys[position];
  const y = b.keys[position];
  // Numbers tell models, missions and editions apart ("Orbiter-2" / "Orbiter-3"); they are never misspellings.
  if (x.length < 3 || y.length < 3 || /\d/.test(x + y) || ORDINAL_WORDS.test(x) || ORDINAL_WORDS.test(y)) return null;
  // "US-based", "They're": compounds and contractions, not names.
  if ([a.written[position], b.written[position]].some((w) => /^\p{Lu}{2,}-|-\p{Ll}+$|'(?:re|ll|ve|d|m)$|n't$/u.test(w) && !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w))) return null;
  // "Velora-Norland" (a pair of places) or a compound cut short by its dots: a hyphenated word that contains the
  // other word as one of its parts is a compound of it, not its spelling.
  const partOf = (compound: string, word: string) => compound.includes('-') && compound.split('-').some((part) => spellingKey(part) === word);
  if (partOf(a.written[position], y) || partOf(b.written[position], x)) return null;
  if ((isDictionaryWord(x) && isDictionaryWord(y)) || isDerivation(x, y)) return null;
  const looseEqual = a.loose[position] === b.loose[position];
  // Two known names are two names ("Mark"/"Mary"), unless they are one name in two transliterations inside a
  // longer name ("Mohammed"/"Muhammad"); a lone known word has nothing else to confirm that.
  if (isKnown(x) && isKnown(y) && (!looseEqual || a.keys.length === 1)) return null;
  const distance = editDistance(x, y);
  const shorter = Math.min(x.length, y.length);
  // One-word names carry no other words to agree on, so they need more likeness than a word of a longer name.
  const single = a.keys.length === 1;
  // A one-word name has no other words to agree on: one letter changed (never the first, which tells surnames
  // apart: "Powell"/"Jowell") on a longer word, or the same sound confirmed by shared context ("the X coal mine").
  // In a longer name the same sound suffices when at most a third of the letters differ ("Rood"/"Reid" do not),
  // and so do the same letters moved or doubled ("Merrit"/"Mreritt").
  const ok = single
    ? (distance === 1 && shorter >= 6 && x[0] === y[0]) || (looseEqual && shorter >= 5)
    : (looseEqual && distance * 3 <= Math.max(x.length, y.length)) || (distance === 1 && shorter >= 4) ||
      (distance === 2 && shorter >= 5 && letterSet(x) === letterSet(y));
  return ok ? { strong: true, needsContext: single && distance > 1 } : null;
}

/**
 * Decides whether two alike spellings denote one referent in this story, and which one the variant is. Evidence
 * against: both in one sentence (two names side by side), kinds that differ, both in one article without any
 * shared context. Evidence for: one spelling written by more articles; a title, noun or neighbouring name in common;
 * a variant written only by articles that also write the other spelling, which another article writes alone (each
 * of those articles contradicts itself, and the rest of the story sides with one of its spellings).
 */
function judge(pair: SpellingPair, preferredSpellings: Record<string, string>, tokenText: (s: Spelling) => string): Variant[] {
  const { a, b } = pair;
  const similarity = alike(pair);
  if (!similarity) return [];
  // The kind read from one mention of a longer name is weak evidence: a misspelt word can mislead the classifier
  // ("Port Velora" a place, "Port Velara" once a person), while the name's other words agree.
  const oneOff = a.keys.length > 1 && Math.min(a.mentions, b.mentions) === 1;
  if (a.kind && b.kind && a.kind !== b.kind && !oneOff) return [];
  for (const sentence of a.sentences) if (b.sentences.has(sentence)) return [];
  const mixed = new Set([...a.articles.keys()].filter((article) => b.articles.has(article)));
  const shared = sharedContext(a, b);
  // A surname taken out of a full name meets a lone word only where the lone word's own article, or a context in
  // common, ties the two together: across articles alone, "Dayton" and "Dalton" are as likely two people. An
  // ordinary word capitalised ("a Christian group") is never a short form of anyone.
  const shortForm = a.standalone === 0 || b.standalone === 0;
  if (shortForm && ((mixed.size === 0 && !shared) || isDictionaryWord(a.keys[0]) || isDictionaryWord(b.keys[0]))) return [];
  if (similarity.needsContext && !shared) return [];
  const configured = (from: Spelling, to: Spelling): boolean => {
    const fromText = tokenText(from);
    const toText = tokenText(to);
    return preferredSpellings[fromText] === toText || Object.entries(preferredSpellings).some(([k, v]) => k.toLowerCase() === from.key && v.toLowerCase() === to.key);
  };
  let preferred: Spelling;
  let variant: Spelling;
  if (configured(a, b)) [preferred, variant] = [b, a];
  else if (configured(b, a)) [preferred, variant] = [a, b];
  else if (a.articles.size !== b.articles.size) [preferred, variant] = a.articles.size > b.articles.size ? [a, b] : [b, a];
  else if (a.mentions !== b.mentions) [preferred, variant] = a.mentions > b.mentions ? [a, b] : [b, a];
  else [preferred, variant] = [a, b];
  const majority = preferred.articles.size > variant.articles.size;
  const multiWord = a.keys.length > 1;
  if (mixed.size > 0 && !shared) {
    const alone = (spelling: Spelling) => [...spelling.articles.keys()].some((article) => !mixed.has(article));
    const chosen = configured(a, b) || configured(b, a);
    if (!(majority || chosen) || alone(variant) || !alone(preferred)) return [];
    // A lone word that is itself a word or a known name ("Boring" beside "Boeing") is another referent there.
    const word = variant.keys[pair.position];
    if (!multiWord && (isDictionaryWord(word) || isKnown(word))) return [];
  }
  const strong = mixed.size === 0 && !shortForm && similarity.strong && (multiWord || majority || shared !== null);
  const severity: Severity = strong ? 'warning' : 'information';
  const judged: Variant[] = [{ preferred, variant, position: pair.position, severity, mixed }];
  // Nothing tells which spelling is right: each article is told what the other writes.
  if (preferred.articles.size === variant.articles.size && preferred.mentions === variant.mentions) judged.push({ preferred: variant, variant: preferred, position: pair.position, severity, mixed });
  return judged;
}

/** True when one word is the other with a plural ending: "Claim" / "Claims", "Tax" / "Taxes". */
const isPlural = (x: string, y: string): boolean => {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long === `${short}s` || long === `${short}es`;
};

/**
 * Organisation names of three or more words with the same initials that differ in one word ("Regional Transit
 * Authority" / "Regional Transport Authority", "Serious Fraud Unit" / "Serious Frauds Unit"): the official name
 * is written two ways, even when both words are ordinary. Compass words, numbers and demonyms name different
 * things and are left out.
 */
function judgeSameInitials(pair: SpellingPair): Variant | null {
  const { a, b, position } = pair;
  const x = a.keys[position];
  const y = b.keys[position];
  if (!isDictionaryWord(x) || !isDictionaryWord(y)) return null;
  if (COMPASS.has(x) || COMPASS.has(y) || ORDINAL_WORDS.test(x) || ORDINAL_WORDS.test(y) || (isDerivation(x, y) && !isPlural(x, y))) return null;
  // A plural last word names several things ("the Senate Democrats", "regional development banks"), not the one
  // name misspelt; inside the name ("Road Safety Bureau" / "Roads Safety Bureau") it is the name's wording.
  if (isPlural(x, y) && position === a.keys.length - 1) return null;
  if (a.kind !== 'organization' && b.kind !== 'organization') return null;
  if ([...a.articles.keys()].some((article) => b.articles.has(article))) return null;
  const [preferred, variant] = a.articles.size !== b.articles.size ? (a.articles.size > b.articles.size ? [a, b] : [b, a]) : a.mentions >= b.mentions ? [a, b] : [b, a];
  return { preferred, variant, position, severity: 'information', mixed: new Set() };
}

/** Every mention's word at a position, for spans and fixes. */
const wordAt = (name: NameCandidate, position: number): NameToken => name.tokens[position];

/** The most written form of a spelling as a whole and of its word at a position. */
function writtenForms(spelling: Spelling, position: number): { whole: string; word: string } {
  const counts = new Map<string, number>();
  const words = new Map<string, number>();
  for (const names of spelling.articles.values()) {
    for (const name of names) {
      counts.set(name.text, (counts.get(name.text) ?? 0) + 1);
      const word = wordAt(name, position).text;
      words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  const top = (map: Map<string, number>) => [...map].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))[0][0];
  return { whole: top(counts), word: top(words) };
}

/**
 * One referent spelled two ways by articles of one story: "Tomasz Wierzbicki" / "Tomasz Wierzbiki", "Voltrana" /
 * "Voltrena", "Abu Mohammed al-Qadri" / "Abu Muhammad al-Qadri", or an organisation's name with one word replaced.
 * Names are compared word by word (titles, particles and possessives set aside) through an index of their words,
 * never all pairs. One finding per variant spelling per article, on its first mention, naming each article that
 * writes the preferred spelling once; its quick fix respells the word everywhere in the article.
 */
export function nameVariant(ctx: RuleContext, preferredSpellings: Record<string, string> = {}): Finding[] {
  const byStory = new Map<string, Array<{ id: string; names: NameCandidate[] }>>();
  for (const id of ctx.articles) {
    const names = ctx.corpus.get(id)?.names ?? [];
    const story = ctx.story(id);
    const list = byStory.get(story);
    if (list) list.push({ id, names });
    else byStory.set(story, [{ id, names }]);
  }
  const findings = new Map<string, Finding>();
  for (const articles of byStory.values()) {
    if (articles.length < 2) continue;
    const spellings = collectSpellings(articles);
    const variants: Variant[] = [];
    const tokenText = (s: Spelling) => writtenForms(s, 0).whole;
    for (const pair of candidatePairs(spellings.values(), false)) {
      variants.push(...judge(pair, preferredSpellings, tokenText));
    }
    for (const pair of candidatePairs(spellings.values(), true)) {
      const judged = judgeSameInitials(pair);
      if (judged) variants.push(judged);
    }
    // Longer names first: "Tomasz Wierzbiki" reports the article before its short form "Wierzbiki" would.
    variants.sort((p, q) => q.variant.keys.length - p.variant.keys.length || (p.severity === 'warning' ? -1 : 1));
    for (const variant of variants) report(ctx, variant, findings);
    for (const finding of connectorVariants(ctx, spellings.values())) {
      const id = `${finding.article}\u0000${finding.start}`;
      if (!findings.has(id)) findings.set(id, finding);
    }
  }
  return [...findings.values()];
}

function report(ctx: RuleContext, { preferred, variant, position, severity, mixed }: Variant, findings: Map<string, Finding>): void {
  const wrong = variant.keys[position];
  const preferredForms = writtenForms(preferred, position);
  const related = [...preferred.articles].filter(([article]) => !mixed.has(article)).map(([article, names]) => {
    const word = wordAt(names[0], position);
    return { article, start: word.start, end: word.end, message: `written “${names[0].text}” here` };
  });
  const count = preferred.articles.size;
  // An article that writes both spellings is told so when most articles write the other one; when the story is
  // split evenly, nothing says which of its spellings is the slip.
  const tellsMixed = preferred.articles.size > variant.articles.size && related.length > 0;
  for (const [article, names] of variant.articles) {
    const both = mixed.has(article);
    if (both && !tellsMixed) continue;
    const id = `${article}\u0000${wrong}`;
    if (findings.has(id)) continue;
    const first = names[0];
    const word = wordAt(first, position);
    const own = both ? preferred.articles.get(article)![0].text : null;
    // The fix respells the word wherever the article writes it, in this name and in its other forms.
    const spans: Span[] = [];
    for (const name of ctx.corpus.get(article)?.names ?? []) {
      for (const token of name.tokens) if (token.key === wrong) spans.push({ start: token.start, end: token.end });
    }
    const sources = related.map((r) => ctx.label(r.article));
    findings.set(id, {
      rule: 'name-variant',
      severity: both ? 'information' : severity,
      article,
      start: word.start,
      end: word.end,
      message: `Spelling differs: this article writes “${first.text}”${own ? ` and elsewhere “${own}”` : ''}; ${sourcesWrite(sources)} “${preferredForms.whole}”`,
      related,
      fix: {
        title: useSpellingTitle(preferredForms.word, count),
        replacement: preferredForms.word,
        spans: spans.length > 0 ? spans : [{ start: word.start, end: word.end }],
      },
    });
  }
}
