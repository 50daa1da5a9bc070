import type { TextSpan } from './types';

// "Source: example.com" (the line aggregators and archives add) and "By Jane Doe | The Daily Example" (a byline
// with the outlet after a bar). The outlet is what names the article's source in messages.
const SOURCE_LINE = /^source\s*:\s*(\S.{0,79})$/i;
const BYLINE_OUTLET = /^by\s+[^|]{2,80}\|\s*(\S[^|]{0,79})$/i;

/** The outlet an article names near its top, with the span of its name, or null. */
export function findSource(lines: TextSpan[]): TextSpan | null {
  for (const line of lines.slice(0, 15)) {
    const match = SOURCE_LINE.exec(line.text) ?? BYLINE_OUTLET.exec(line.text);
    if (!match) continue;
    const name = match[1].trim();
    const start = line.start + match[0].lastIndexOf(name);
    return { start, end: start + name.length, text: name };
  }
  return null;
}

/** The outlet as a short name: a web address loses its scheme, "www." and any path ("https://www.x.com/a" → "x.com"). */
export function outletName(source: string): string {
  return source.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/\/.*$/, '').trim();
}
