/**
 * Words around a name that only organisations take: "Velstor was founded in 1998", "Velstor's shares", "signed with
 * Velstor", "a subsidiary of Velstor". People and places are rarely founded, listed or signed with, so these say
 * organisation for a name nothing else has classified, or has classified only weakly.
 */

// A passive that is said of companies, clubs, bands and institutions, not of people.
const AFTER = /^\s*,?\s*(?:(?:was|were|is|are|has been|had been|have been)\s+(?:(?:originally|first|later|then|officially|formally|subsequently|eventually)\s+)?(?:founded|established|formed|incorporated|headquartered|acquired|merged|dissolved|disbanded|liquidated|privatised|privatized|nationalised|nationalized|delisted|listed on)|(?:went|goes) (?:bankrupt|into administration)|filed for bankruptcy)\b/i;

// Possessions of organisations: "Velstor's shares", "Velstor's chief executive".
const POSSESSIONS_AFTER = /^\s?'s?\s+(?:(?:new|former|largest|main|own)\s+)?(?:shares|stock|shareholders|subsidiary|subsidiaries|headquarters|chief executive|ceo|board of directors|annual report|stores|factories|factory|plants?|workforce|employees|debut album|second album|third album|latest album|record label|roster|lineup|line-up|squad|first team|home ground|stadium|members|membership)\b/i;

// Verbs and nouns whose object is an organisation: "signed with X", "played for X", "a subsidiary of X".
const BEFORE = /\b(?:signed (?:with|to|for|by)|re-signed with|played (?:for|with)|plays for|playing for|traded to|loaned to|loaned out to|acquired by|bought by|taken over by|merged with|subsidiary of|division of|shares (?:in|of)|stake in|chief executive of|ceo of|chairman of|chairwoman of|co-founder of|founders of|listed on|released (?:on|through)|record label|distributed by|sponsored by)\s+(?:the\s+)?$/i;

/** The reason a name at [start, end) of the folded text is an organisation's, or null when nothing around it says so. */
export function organizationContext(folded: string, start: number, end: number): string | null {
  const after = folded.slice(end, end + 60);
  // The patterns after a name start with a comma, a verb of being, "went", "goes", "filed" or a possessive.
  if (/^\s*,?\s*(?:was|were|is|are|has|had|have|went|goes|filed)\b/i.test(after)) {
    const passive = AFTER.exec(after);
    if (passive) return `"${passive[0].trim()}"`;
  } else if (/^\s?'/.test(after)) {
    const owned = POSSESSIONS_AFTER.exec(after);
    if (owned) return `"${owned[0].trim()}"`;
  }
  // The patterns before a name end in one of a few words; most names follow none of them.
  const before = folded.slice(Math.max(0, start - 40), start);
  if (!/\b(?:with|to|for|by|of|in|on|label|the)\s+$/i.test(before)) return null;
  const match = BEFORE.exec(before);
  return match ? `"${match[0].trim()}"` : null;
}

// A club's contexts: "played 31 matches for X", "signed with X", "coached X", "X player Anna Doe", "X fans".
const CLUB_BEFORE = /\b(?:(?:played|plays|playing|appeared)\s+(?:\d+\s+(?:games|matches|seasons|times)\s+)?(?:for|with)|signed (?:with|for)|coached|loaned to|debuted (?:for|with))\s+(?:the\s+)?$/i;
const CLUB_AFTER = /^\s+(?:player|players|footballer|footballers|coach|captain|fans|supporters|striker|midfielder|defender|goalkeeper|teammate|teammates|squad|roster)\b/i;

/**
 * The reason a name that reads as a town is a club here, or null: a player plays for a club, not for a town. Read
 * for towns and regions that are not countries (a national side is named as its country).
 */
export function clubContext(folded: string, start: number, end: number): string | null {
  const after = CLUB_AFTER.exec(folded.slice(end, end + 16));
  if (after) return `"${after[0].trim()}"`;
  const before = CLUB_BEFORE.exec(folded.slice(Math.max(0, start - 40), start));
  return before ? `"${before[0].trim()}"` : null;
}
