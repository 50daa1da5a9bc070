import type { ArticleAnalysis } from '../types';

// Enough words of a headline to recognise it in a message without the message running on.
const HEADLINE_WORDS = 6;

/**
 * How messages name an article: its outlet and publication day ("thesun.co.uk, 2016-07-15"); without an outlet, the
 * start of its headline in quotation marks with the day; without either, its file name.
 */
export function articleLabel(id: string, analysis: ArticleAnalysis | undefined): string {
  const day = analysis?.meta.published ?? null;
  const withDay = (name: string) => (day ? `${name}, ${day}` : name);
  const source = analysis?.meta.source;
  if (source) return withDay(source);
  const headline = analysis?.meta.headline?.text.trim();
  if (headline) {
    const words = headline.split(/\s+/);
    const short = words.length > HEADLINE_WORDS ? `${words.slice(0, HEADLINE_WORDS).join(' ')}…` : headline;
    return withDay(`“${short}”`);
  }
  return decodeURIComponent(id.slice(id.lastIndexOf('/') + 1));
}

/** "a.com writes", "a.com, b.com write", "a.com, b.com and 3 more write": the sources of a spelling in a message. */
export function sourcesWrite(labels: readonly string[]): string {
  const more = labels.length > 2 ? ` and ${labels.length - 2} more` : '';
  return `${labels.slice(0, 2).join(', ')}${more} write${labels.length === 1 ? 's' : ''}`;
}

/** The title of a quick fix that respells a name: "Use 'Karlin' (3 articles)". */
export function useSpellingTitle(spelling: string, articles: number): string {
  return `Use '${spelling}' (${articles} article${articles === 1 ? '' : 's'})`;
}
