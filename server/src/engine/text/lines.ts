import type { TextSpan } from '../types';

/** Non-empty lines with their offsets, trimmed of surrounding white space. */
export function nonEmptyLines(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  const pattern = /[^\r\n]+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: match.index + lead, end: match.index + lead + trimmed.length, text: trimmed });
  }
  return lines;
}
