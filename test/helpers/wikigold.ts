/**
 * Reads the wikigold dev set (../shared/eval/wikigold, CoNLL with IO tags) into one plain text per article with gold
 * name spans as UTF-16 offsets into that text. As its README asks, tokens are joined by single spaces; sentences are
 * joined by a space too, so the text is one line per article.
 */
import { readFileSync } from 'fs';

export interface WikigoldName {
  start: number;
  end: number;
  /** person, organization, place, or misc (nationalities, events, works, products: not scored). */
  kind: 'person' | 'organization' | 'place' | 'misc';
}

export interface WikigoldDocument {
  id: string;
  text: string;
  names: WikigoldName[];
}

const KINDS: Record<string, WikigoldName['kind']> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

export function readWikigold(path: string): WikigoldDocument[] {
  const docs: WikigoldDocument[] = [];
  let text = '';
  let names: WikigoldName[] = [];
  // The name being read: consecutive tokens with the same tag form one name (IO tags do not separate neighbours).
  let open: WikigoldName | null = null;
  const close = (): void => {
    if (open) names.push(open);
    open = null;
  };
  const finish = (): void => {
    close();
    if (text.length > 0) docs.push({ id: `wikigold-${String(docs.length + 1).padStart(3, '0')}`, text, names });
    text = '';
    names = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      finish();
      continue;
    }
    // A blank line ends a sentence; a name never runs across it.
    if (cols.length < 2) {
      close();
      continue;
    }
    const [form, tag] = cols;
    if (text.length > 0) text += ' ';
    const start = text.length;
    text += form;
    const kind = tag.startsWith('I-') || tag.startsWith('B-') ? KINDS[tag.slice(2)] : undefined;
    if (kind && open && open.kind === kind && !tag.startsWith('B-')) open.end = text.length;
    else {
      close();
      if (kind) open = { start, end: text.length, kind };
    }
  }
  finish();
  return docs;
}
