/**
 * Sports reports name teams after their towns and countries: "Velora beat Karlin 2-1", "a late goal for Karlin".
 * In an article that reads like a match report, a place written next to a score or a match verb is a team, and so
 * are its other mentions there; a place that never stands in such a spot (the venue's town) stays a place.
 */

// A score: "2-1", "3 – 0", "63-7" (folded text has plain hyphens for dashes).
const SCORE = /\b\d{1,3}\s*-\s*\d{1,3}\b/g;
const SPORTS_WORDS = /\b(?:goals?|match(?:es)?|scored|striker|midfielder|defender|goalkeeper|coach|league|tournament|championship|cup|season|innings|touchdowns?|penalty|kick-off|fixture|semi-finals?|quarter-finals?|playoffs?)\b/gi;

/** True when the text reads like a sports report: scores and the words of matches, several times over. */
export function isSportsReport(folded: string): boolean {
  const scores = (folded.match(SCORE) ?? []).length;
  const words = (folded.match(SPORTS_WORDS) ?? []).length;
  return scores >= 1 && scores + words >= 5;
}

const MATCH_VERB_AFTER = /^\s*(?:\d{1,3}\s*-\s*\d{1,3}\b|(?:beat|beats|defeated|defeat|drew|draw|faced|face|faces|lost|lose|loses|won|win|wins|edged|thrashed|hosted|host|hosts|trailed|led|scored|eliminated|advanced|equalised|equalized)\b)/i;
const MATCH_WORD_BEFORE = /(?:\b(?:against|beat|beating|defeated|defeating|faced|facing|versus|vs\.?|to|over|for)\s+|\d{1,3}\s*-\s*\d{1,3}\s+)$/i;
const SCORE_BEFORE = /\d{1,3}\s*-\s*\d{1,3}\s+$/;

/**
 * True when a name at [start, end) stands where a team stands: before a score or a match verb, after a score, or
 * after "against", "beat", "faced" … (after "to", "over" and "for" only with a score or match verb nearby).
 */
export function inTeamPosition(folded: string, start: number, end: number): boolean {
  const after = folded.slice(end, end + 30);
  const before = folded.slice(Math.max(0, start - 30), start);
  if (MATCH_VERB_AFTER.test(after) || SCORE_BEFORE.test(before)) return true;
  if (!MATCH_WORD_BEFORE.test(before)) return false;
  if (!/\b(?:to|over|for)\s+$/i.test(before)) return true;
  // "lost 1-2 to X", "a 3-0 win over X", "a goal for X": the score or the match word is in the same clause.
  return /(?:\d{1,3}\s*-\s*\d{1,3}|\b(?:lost|losing|win|victory|goal|penalty|points?)\b)[^.;]{0,25}$/i.test(before.replace(/\b(?:to|over|for)\s+$/i, ''));
}
