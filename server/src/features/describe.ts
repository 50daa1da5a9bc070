import { parseIsoDay, weekdayOf, WEEKDAYS } from '../engine/dates/calendar';
import type { DateMention, EntityMention, FigureMention } from '../engine/types';
import type { AnyMention } from './mentions';

const KIND_LABEL = { person: 'person', organization: 'organisation', place: 'place', other: 'named thing' } as const;

function formatNumber(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 4 });
}

/** "date · 2025-03-03 (Monday)", "date · 2026-01 (month)", "date · vague", "date · unresolved". */
export function describeDate(date: DateMention): string {
  if (!date.value && !date.granularity) return 'date · vague (no single day, month or year)';
  if (!date.value) return 'date · unresolved (no publication date to resolve it against)';
  const day = date.granularity === 'day' ? parseIsoDay(date.value) : null;
  const weekday = day ? ` (${WEEKDAYS[weekdayOf(day)]})` : '';
  const part = date.part ? ` · ${date.part}` : '';
  return `date · ${date.value}${weekday}${part}`;
}

/** "ordinal · 3 · face-to-face encounter", "money · 75,000,000,000 · USD", "cardinal · 8 · prefectures". */
export function describeFigure(figure: FigureMention): string {
  const parts = [figure.kind, formatNumber(figure.value)];
  if (figure.unit) parts.push(figure.unit);
  if (figure.qualifier) parts.push(`qualifier "${figure.qualifier}"`);
  return parts.join(' · ');
}

export function describeEntityKind(kind: EntityMention['kind']): string {
  return KIND_LABEL[kind];
}

/** "person · Anna Doe". */
export function describeEntity(entity: EntityMention): string {
  return `${KIND_LABEL[entity.kind]} · ${entity.canonical}`;
}

export function describe(mention: AnyMention): string {
  switch (mention.type) {
    case 'entity':
      return describeEntity(mention.mention);
    case 'date':
      return describeDate(mention.mention);
    case 'figure':
      return describeFigure(mention.mention);
  }
}
