/**
 * A pure function of one word, remembered per word. The finders ask the same questions of the same words many
 * times per article (is "said" closed-class, what is the stem of "killed", is "Ministry" a name ending), and each
 * answer costs a lower-casing, several regular expressions and lexicon lookups; a remembered answer costs one Map
 * lookup. The table is cleared when it passes `limit` words, so memory stays bounded on any input; the answers do
 * not change, only how often they are computed again.
 */
export function rememberPerWord<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  const answers = new Map<string, T>();
  return (word: string): T => {
    let answer = answers.get(word);
    if (answer === undefined && !answers.has(word)) {
      answer = compute(word);
      if (answers.size >= limit) answers.clear();
      answers.set(word, answer);
    }
    return answer as T;
  };
}
