import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from '../engine/types';
import { spanToRange } from '../lsp/positions';
import { describe } from './describe';
import { mentionAt } from './mentions';

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** Hover card: what the annotation is, its normalised value, and for names the titles and evidence seen. */
export function provideHover(document: TextDocument, analysis: ArticleAnalysis, offset: number): Hover | null {
  const found = mentionAt(analysis, offset);
  if (!found) return null;
  const lines = [`**${escapeMarkdown(describe(found))}**`];
  if (found.type === 'entity') {
    const entity = found.mention;
    if (entity.text !== entity.canonical) lines.push(`written here as "${escapeMarkdown(entity.text)}"`);
    if (entity.titles.length > 0) lines.push(`titles seen: ${entity.titles.map(escapeMarkdown).join(', ')}`);
    if (entity.evidence.length > 0) lines.push(`_why: ${escapeMarkdown(entity.evidence.join('; '))}_`);
  } else if (found.type === 'date') {
    const date = found.mention;
    if (date.relative && date.value) lines.push('_resolved against the publication date_');
    if (date.statedWeekday) lines.push(`weekday written: ${date.statedWeekday}`);
  }
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: spanToRange(document, found.mention) };
}
