/**
 * Every match of a global pattern in a text, in order, as `[...text.matchAll(pattern)]` gives them (an empty match
 * moves on by one character, or one code point for a Unicode pattern), at most `limit` of them. The finders call
 * this for a window around every number and date: `matchAll` copies the pattern and walks an iterator each time,
 * which cost more than the matching itself on such short windows. The pattern must have the `g` flag and must not
 * be used by the caller while the matches are read.
 */
export function allMatches(pattern: RegExp, text: string, limit = Infinity): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (matches.length < limit && (match = pattern.exec(text)) !== null) {
    matches.push(match);
    if (match[0].length === 0) {
      const code = text.codePointAt(pattern.lastIndex) ?? 0;
      pattern.lastIndex += pattern.unicode && code > 0xffff ? 2 : 1;
    }
  }
  pattern.lastIndex = 0;
  return matches;
}
