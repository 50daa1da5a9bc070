/**
 * A corpus of invented news made from templates and pools, for benchmarks where no real corpus is at hand: stories
 * of three to eight reports by different outlets, each story with its own place, people, organisation, day and
 * figures; most reports agree, some give another figure; lengths spread from a few paragraphs to long features.
 * Deterministic for a seed, so that runs compare.
 */
import type { BenchArticle } from './benchCorpus';
import { random } from './perturb';

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'do', 'ra', 'tel', 'sa', 'nor', 'bel', 'ti', 'gar', 'es', 'lu', 'pra', 'don', 'wen', 'cor', 'al', 'fen'];
const OUTLETS = ['harbourtimes', 'coastdaily', 'northpost', 'evening-ledger', 'valley-courier', 'metro-wire', 'plainsherald', 'riverside-news'];
const EVENTS = [
  { headline: 'Fire at {place} warehouse kills {n}', fact: 'A fire at a warehouse in {place} killed {n} people on {day}, the fire service said.', noun: 'firefighters' },
  { headline: '{org} agrees to buy rival for ${m} million', fact: '{org} agreed to buy its rival for ${m} million, chief executive {person} said on {day}.', noun: 'shareholders' },
  { headline: 'Flood leaves {n} missing in {place}', fact: 'Floodwater swept through {place} on {day}, and {n} people were missing, officials said.', noun: 'residents' },
  { headline: '{person} wins {place} mayoral vote', fact: '{person} won the {place} mayoral election on {day} with {p} percent of the vote.', noun: 'voters' },
  { headline: 'Bus crash near {place} injures {n}', fact: 'A bus crashed near {place} on {day}, injuring {n} passengers, police said.', noun: 'passengers' },
];
const FILLERS = [
  'Witnesses described the scene to reporters who gathered outside the {noun} centre.',
  'Officials in {place} promised a full review and said more details would follow later in the week.',
  '{person} told reporters that the {noun} deserved answers and that the city would cooperate.',
  'The {org} said it was working with local authorities and declined to comment further.',
  'Local businesses reopened slowly as {noun} returned to the streets of {place}.',
  'Analysts said the events of {day} would shape the debate in {place} for months.',
  'A spokesperson for {org} said the company had received many calls from concerned {noun}.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A generated report, with what it was made to say: its story and the count it gives (when its event has one). */
export interface GeneratedArticle extends BenchArticle {
  story: number;
  count: string | null;
}

export function generateCorpus(size: number, seed = 1): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const word = (parts: number) => {
    const text = Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
    return text[0].toUpperCase() + text.slice(1);
  };
  // Each story's names end with syllables spelling its number, so that two stories never share a name by chance.
  const unique = (story: number) => {
    let text = '';
    for (let n = story + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) text += SYLLABLES[n % SYLLABLES.length];
    return text;
  };
  const articles: GeneratedArticle[] = [];
  for (let story = 0; articles.length < size; story++) {
    const event = pick(EVENTS);
    const slots: Record<string, string> = {
      place: `${word(1)}${unique(story)}${pick(['ton', 'burg', 'ville', ' Falls', ' Point'])}`,
      person: `${word(2)} ${word(1)}${unique(story)}`,
      org: `${word(1)}${unique(story)} ${pick(['Corp', 'Group', 'Holdings', 'Authority'])}`,
      day: pick(DAYS),
      noun: event.noun,
      n: String(3 + Math.floor(next() * 60)),
      m: String(50 + Math.floor(next() * 900)),
      p: String(40 + Math.floor(next() * 30)),
    };
    const month = 1 + Math.floor(next() * 12);
    const published = `2024-${String(month).padStart(2, '0')}-${String(1 + Math.floor(next() * 27)).padStart(2, '0')}`;
    const reports = 3 + Math.floor(next() * 6);
    for (let r = 0; r < reports && articles.length < size; r++) {
      // One report in four gives another figure: the disagreement the engine should find within the story.
      const own: Record<string, string> = { ...slots, n: next() < 0.25 ? String(Number(slots.n) + 1 + Math.floor(next() * 5)) : slots.n };
      const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => own[key] ?? key);
      const paragraphs = 3 + Math.floor(next() * next() * 40);
      const body = [fill(event.fact)];
      for (let i = 0; i < paragraphs; i++) body.push(fill(pick(FILLERS)));
      const outlet = OUTLETS[(story + r) % OUTLETS.length];
      articles.push({
        story,
        count: event.fact.includes('{n}') ? own.n : null,
        id: `generated/story-${story}/${outlet}.txt`,
        text: `${fill(event.headline)}\nPublished: ${published}\nSource: ${outlet}.example\n\n${body.join('\n\n')}\n`,
      });
    }
  }
  return articles;
}
