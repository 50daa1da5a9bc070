import { hasTag } from '../lexicon/lexicon';
import type { EntityMention, TextSpan } from '../types';
import { wordTable } from '../text/table';

/**
 * Offices a person holds one of at a time, in families whose members exclude each other: a head of a city, region,
 * state or institution is one of these; an academic or a military rank is one step of its ladder. "Deputy",
 * "vice", "assistant", "associate" and "senior" make another office of the same family; "acting" and "interim"
 * hold the office itself for a while; "former", "late" and "-elect" speak of another time and are not read.
 */
const FAMILIES: Record<string, string> = wordTable({
  'prime minister': 'head', president: 'head', premier: 'head', chancellor: 'head', king: 'head', queen: 'head',
  emperor: 'head', governor: 'head', mayor: 'head', director: 'head',
  professor: 'academic', lecturer: 'academic', instructor: 'academic',
  general: 'military', colonel: 'military', lieutenant: 'military', captain: 'military', sergeant: 'military',
  admiral: 'military', corporal: 'military', private: 'military',
});
/** Offices that also name a profession ("the director of the film"): a difference involving one is never certain. */
export const PROFESSION_OFFICES = new Set(['director']);
const MILITARY_GENERAL = new Set(['lieutenant', 'major', 'brigadier', 'deputy', 'vice', 'acting', 'interim', 'retired']);
const QUALIFIERS = new Set(['deputy', 'vice', 'assistant', 'associate', 'senior']);
const OTHER_TIME = /\b(?:former|ex|late|elect|outgoing|then|onetime|one-time|retired|emeritus)\b/;
const HEADS = Object.keys(FAMILIES).sort((a, b) => b.length - a.length).join('|');
// "X, mayor of Port Elmira", "X, the president of the region", "X, 52, an assistant professor of physics".
const APPOSITIVE = new RegExp(`^,\\s+(?:\\d{1,3},\\s+)?(?:(?:the|a|an|who is(?: the| a| an)?)\\s+)?((?:[a-z-]+\\s+){0,3}?)(${HEADS})\\b((?:\\s+(?:of|for|at|in)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]*)*)?)`, 'u');

/** True when a text starts with a verb ("said", "has", "will"): the words before it are a clause's subject. */
function startsWithVerb(text: string): boolean {
  const word = /^\s+(\p{Ll}+)/u.exec(text);
  return word !== null && hasTag(word[1], 'Verb', 'PastTense', 'PresentTense', 'Modal', 'Copula');
}

/** A role one article gives a person: an office of a family, with the words that qualify it. */
export interface RoleMention extends TextSpan {
  /** Start of the person's mention the role belongs to. */
  nameStart: number;
  family: string;
  /** "assistant professor", "mayor", "vice president": the qualifiers read and the head. */
  office: string;
}

/** The office a title or role phrase names, or null when it names none of the families or another time. */
export function officeOf(phrase: string): { family: string; office: string } | null {
  const lower = phrase.toLowerCase().replace(/-/g, ' ');
  if (OTHER_TIME.test(lower)) return null;
  const head = Object.keys(FAMILIES).find((h) => lower === h || lower.endsWith(` ${h}`));
  if (!head) return null;
  // "Attorney general", "secretary general", "inspector general": a general only after a military rank word.
  const before = lower.slice(0, lower.length - head.length).trim().split(/\s+/).pop() ?? '';
  if (head === 'general' && before && !MILITARY_GENERAL.has(before)) return null;
  const qualifiers = lower.slice(0, lower.length - head.length).split(/\s+/).filter((w) => QUALIFIERS.has(w));
  return { family: FAMILIES[head], office: [...qualifiers, head].join(' ') };
}

/**
 * The roles one article gives its people: titles written before a name ("Mayor X", "prime minister X") and
 * appositives after it ("X, the president of the region,"). Pure, per article.
 */
export function readRoles(original: string, folded: string, entities: EntityMention[]): RoleMention[] {
  const roles: RoleMention[] = [];
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    const match = APPOSITIVE.exec(folded.slice(entity.end, entity.end + 160));
    // "X, whose father was president": the office of someone else, or of another time. "…criticism of X, the
    // president said": an office followed by a verb is the subject of a new clause, not an appositive.
    const verbAfter = match !== null && !match[3] && startsWithVerb(folded.slice(entity.end + match[0].length, entity.end + match[0].length + 20));
    if (match && !verbAfter && !/\b(?:who|whose|which|that|was|were|had|has|and|or|his|her|their|its|said|says|told|became|as|to|not)\b/.test(match[1])) {
      const phrase = `${match[1]}${match[2]}`;
      const office = officeOf(phrase);
      if (office) {
        const start = entity.end + match[0].length - match[3].length - phrase.length;
        const end = entity.end + match[0].length;
        roles.push({ start, end, text: original.slice(start, end), nameStart: entity.start, ...office });
      }
    }
    for (const title of entity.titles) {
      const office = officeOf(title);
      if (!office) continue;
      // The title's own span when it stands right before this mention; else the mention itself.
      const at = entity.start - 1 - title.length;
      const here = at >= 0 && folded.slice(at, at + title.length).toLowerCase() === title.toLowerCase();
      const [start, end] = here ? [at, at + title.length] : [entity.start, entity.end];
      roles.push({ start, end, text: original.slice(start, end), nameStart: entity.start, ...office });
    }
  }
  return roles;
}
