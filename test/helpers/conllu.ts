/**
 * Reads GUM CoNLL-U documents (shared/eval/gum-news) into plain text with gold entity and date spans, as UTF-16
 * offsets into that text. Paragraphs become lines; tokens are joined by spaces except where SpaceAfter=No.
 */
import { readFileSync } from 'fs';

export interface GoldEntity {
  start: number;
  end: number;
  kind: string;
  /** True when the mention's syntactic head is a proper noun (the mentions a name recogniser should find). */
  properHead: boolean;
  /**
   * GUM's minimal span of the mention (its `minspan` field: the tokens that identify it, without determiners,
   * possessive markers and most modifiers), when those tokens are contiguous; else null.
   */
  minimal: { start: number; end: number } | null;
}

export interface GoldDate {
  start: number;
  end: number;
  when: string;
}

export interface GumDocument {
  id: string;
  text: string;
  created: string | null;
  entities: GoldEntity[];
  dates: GoldDate[];
}

interface TokenRow {
  index: number;
  form: string;
  upos: string;
  head: number;
  misc: string;
  start: number;
  end: number;
}

export function readGumDocument(path: string): GumDocument {
  const lines = readFileSync(path, 'utf8').split('\n');
  let text = '';
  let id = path;
  let created: string | null = null;
  const entities: GoldEntity[] = [];
  const dates: GoldDate[] = [];
  let sentence: TokenRow[] = [];
  const open = new Map<string, Array<{ start: number; kind: string; sentenceTokens: number[]; minspan: number[] }>>();
  const openDates: Array<{ start: number; when: string | null }> = [];
  let pendingParagraph = false;

  const finishSentence = (): void => {
    // Mentions are resolved per sentence: a mention's head is the token whose syntactic head lies outside it.
    sentence = [];
  };
  const mentionHeadIsProper = (rows: TokenRow[]): boolean => {
    const indexes = new Set(rows.map((r) => r.index));
    const head = rows.find((r) => !indexes.has(r.head)) ?? rows[0];
    return head?.upos === 'PROPN';
  };

  for (const line of lines) {
    if (line.startsWith('# newdoc id = ')) id = line.slice('# newdoc id = '.length).trim();
    else if (line.startsWith('# meta::dateCreated = ')) created = line.split('=')[1].trim();
    else if (line.startsWith('# newpar')) pendingParagraph = text.length > 0;
    else if (line.trim() === '') finishSentence();
    else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      if (cols.length < 10 || !/^\d+$/.test(cols[0])) continue;
      if (text.length > 0) {
        if (pendingParagraph) text += '\n';
        else if (sentence.length === 0 || !/SpaceAfter=No/.test(sentence[sentence.length - 1].misc)) text += ' ';
      }
      pendingParagraph = false;
      const start = text.length;
      text += cols[1];
      const row: TokenRow = { index: +cols[0], form: cols[1], upos: cols[3], head: +cols[6], misc: cols[9], start, end: text.length };
      sentence.push(row);
      const misc = cols[9];
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1] ?? '';
      // Openings "(id-type-…" and closings "id)" in order; an opening may close on the same token.
      const parts = entity.match(/\(\d+-[a-z]+[^()]*?(?=\(|\)|$)|\d+\)|\)/g) ?? [];
      for (const part of parts) {
        if (part.startsWith('(')) {
          const [, number, kind] = /^\((\d+)-([a-z]+)/.exec(part)!;
          // GRP-etype-infstat-salience-centering-minspan-link-identity: the sixth field lists 1-based token positions.
          const minspan = (part.slice(1).split('-')[5] ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
          const stack = open.get(number) ?? [];
          stack.push({ start, kind, sentenceTokens: [], minspan });
          open.set(number, stack);
        }
      }
      for (const stack of open.values()) for (const m of stack) m.sentenceTokens.push(sentence.length - 1);
      const closeAll = (number: string): void => {
        const stack = open.get(number);
        const m = stack?.pop();
        if (!m) return;
        const rows = m.sentenceTokens.map((i) => sentence[i]).filter(Boolean);
        const positions = [...m.minspan].sort((a, b) => a - b);
        const contiguous = positions.length > 0 && positions.every((p, i) => i === 0 || p === positions[i - 1] + 1);
        const first = rows[positions[0] - 1];
        const last = rows[positions[positions.length - 1] - 1];
        const minimal = contiguous && first && last ? { start: first.start, end: last.end } : null;
        entities.push({ start: m.start, end: text.length, kind: m.kind, properHead: mentionHeadIsProper(rows), minimal });
      };
      // A single-token mention is written "(id-type-…)"; closings elsewhere are "id)".
      const singles = entity.match(/\((\d+)-[a-z][^()]*\)/g) ?? [];
      for (const single of singles) closeAll(/^\((\d+)/.exec(single)![1]);
      for (const close of entity.match(/(?:^|[^\w-])(\d+)\)/g) ?? []) closeAll(/(\d+)\)/.exec(close)![1]);
      const xml = /(?:^|\|)XML=([^|]*)/.exec(misc)?.[1] ?? '';
      for (const tag of xml.match(/<date[^>]*>|<\/date>/g) ?? []) {
        if (tag.startsWith('</')) {
          const d = openDates.pop();
          if (d?.when) dates.push({ start: d.start, end: text.length, when: d.when });
        } else openDates.push({ start, when: /when:::"([^"]+)"/.exec(tag)?.[1] ?? null });
      }
    }
  }
  return { id, text, created, entities, dates };
}
