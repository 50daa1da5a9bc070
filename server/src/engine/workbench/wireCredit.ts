import type { TextSpan } from '../types';

// "KESSA, Velora (AP) —", "KESSA, March 2 (Velora Wire) -": an agency in parentheses after a dateline in capitals,
// before the dash that opens the story.
const DATELINE_CREDIT = /^\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:,[^()\n]{1,40})?\s*\((\p{Lu}[\p{L}&.'\s-]{0,40}?)\)\s*(?:—|–|--|-|:)/u;
// "— Velora Press Agency", "- The Kessa Wire": a credit line of its own, usually at the end.
const CREDIT_LINE = /^(?:—|–|--|-)\s*((?:the\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4})\.?$/u;
// "Copyright 2026 Velora Press Agency. All rights reserved.", "© 2026 The Kessa Wire".
const COPYRIGHT_LINE = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s+)?((?:the\s+)?\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*){0,4})/iu;
// Words in parentheses after a dateline that are page furniture, not an agency.
const NOT_A_CREDIT = /^(?:update[ds]?|updated|corrected|correction|refile[ds]?|live|video|photos?|watch|analysis|opinion|exclusive|breaking)$/i;

/**
 * A news agency an article credits for its text, with its span: in parentheses after the dateline ("KESSA (AP) —"),
 * on a credit line ("— Velora Press Agency") or a copyright line. Null when none.
 */
export function findWireCredit(lines: readonly TextSpan[]): TextSpan | null {
  const credit = (line: TextSpan, match: RegExpExecArray): TextSpan | null => {
    const name = match[1].trim();
    if (NOT_A_CREDIT.test(name) || name.split(/\s+/).length > 5) return null;
    const start = line.start + match[0].indexOf(name);
    return { start, end: start + name.length, text: name };
  };
  for (const line of lines.slice(0, 25)) {
    const match = DATELINE_CREDIT.exec(line.text);
    const found = match && credit(line, match);
    if (found) return found;
  }
  for (const line of lines.slice(-5)) {
    const match = CREDIT_LINE.exec(line.text) ?? COPYRIGHT_LINE.exec(line.text);
    const found = match && credit(line, match);
    if (found) return found;
  }
  return null;
}

/**
 * Keys under which two credits or outlets are the same agency: the name folded ("the" and punctuation dropped), and
 * for a name of several capitalised words its initials, so that "Velora Press Agency" meets "VPA".
 */
export function agencyKeys(name: string): string[] {
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/).filter((w) => w.length > 0);
  const folded = words.join('').toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const keys = folded ? [folded] : [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length >= 2 && capitalised.length === words.filter((w) => !/^(?:of|and|for|de|du)$/i.test(w)).length) {
    keys.push(capitalised.map((w) => w[0]).join('').toLowerCase());
  }
  return keys;
}
