/**
 * Lines that belong to a web page's furniture rather than to the story: navigation, link-list headers, share
 * buttons, advertising markers and picture credits. General English web vocabulary, not any one site's.
 */

// Cues that rarely open a news sentence: the line is furniture whatever follows them.
const STRONG_CUE =
  /^(?:advertisement|continue reading(?: the main story)?|image copyright|image caption|media caption|scroll down for (?:video|more)|follow us\b|sign up (?:for|to)\b|click here\b|subscribe (?:to|now)\b|share this (?:article|story|page)|skip (?:to|past) |most (?:read|popular|viewed)\b|you may also like|recommended for you|top stories\b|more on (?:this|these) (?:story|stories|topic)|related (?:stories|articles|content|coverage|links|topics|news)\b|read (?:more|next)\b|see also\b)/i;

// Cues that are also ordinary words ("Video footage emerged …", "Photo evidence …"): furniture only when the line is
// the cue alone or the cue followed by a colon, a bar or a dash ("Related: …", "Photo: Reuters").
const WEAK_CUE =
  /^(?:related|more|photo(?:graph)?s?|pictures?|images?|video|watch|listen|credit|share|tweet|email|print|comments?|gallery|caption|source|getty images|save|savesave|also read|trending|latest|opinion|editor'?s picks?|follow)\s*(?:$|[:|»›>-])/i;

// Share buttons and social networks: a line made of nothing else is a row of buttons.
const BUTTON_WORD = /^(?:facebook|twitter|x|pinterest|whatsapp|linkedin|reddit|email|e-mail|share|tweet|print|messenger|comments?|copy|link|save|flipboard|tumblr|telegram|sms|google\+?|instagram|youtube|snapchat|more|\d+)$/i;

// Picture credits: an agency or picture library at the end of a short line, or "(Photo: …)".
const PICTURE_CREDIT =
  /(?:\((?:photo|image|picture|credit)[^)]{0,60}\)\s*$|(?:^|[\s/|(])(?:getty images|ap photo|afp|reuters|epa|shutterstock|alamy|rex features|pa images|pa wire|ap)\)?\s*$)/i;

// Longer than any credit or link title ("Photo: Jane Doe / Reuters", "Related: Storm closes schools across the region").
const MAX_CUED_WORDS = 20;

/** True for a line that is page furniture rather than story text. */
export function isNavigationLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return false;
  const words = text.split(/[\s|·•,]+/).filter(Boolean);
  // A weak cue opens furniture only on a short line: "Photos: …" before a paragraph of captions is story text.
  if (STRONG_CUE.test(text) || (WEAK_CUE.test(text) && words.length <= MAX_CUED_WORDS)) return true;
  if (words.length > 0 && words.length <= 12 && words.every((word) => BUTTON_WORD.test(word.replace(/[^\p{L}\d+-]/gu, '')))) return true;
  // A credit is short: a sentence that merely ends with "Reuters" ("…, according to Reuters") is story text.
  return words.length <= 8 && !/[.!?]["”’)]?$/.test(text.replace(PICTURE_CREDIT, '')) && PICTURE_CREDIT.test(text) && !/\b(?:said|says|told|reported)\b/i.test(text);
}

/** True for a header that introduces a list of links to other stories ("Related", "More on this story", "Read more:"). */
export function isLinkListHeader(line: string): boolean {
  return /^(?:related(?: (?:stories|articles|content|coverage|links|topics|news))?|more on (?:this|these) (?:story|stories|topic)|more from [^.!?]{1,40}|read more|read next|see also|also read|most (?:read|popular|viewed)|you may also like|recommended(?: for you)?|top stories|trending(?: now)?|latest(?: news)?|more stories)\s*[:»›>-]?\s*$/i.test(line.trim());
}
