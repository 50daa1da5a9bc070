import type { Dimension } from './types';
import { wordTable } from '../text/table';

interface UnitInfo {
  dimension: Dimension;
  /** Factor to the dimension's base unit. */
  factor: number;
}

// Base units: metre, kilogram, km/h, second. A "ton" is taken as a tonne: news writes both for the same truck, and
// the 10% between short and metric tons is far less than the differences worth flagging.
const UNITS: Record<string, UnitInfo> = wordTable();
const define = (dimension: Dimension, factor: number, ...names: string[]) => {
  for (const name of names) UNITS[name] = { dimension, factor };
};
define('length', 1, 'm', 'metre', 'metres', 'meter', 'meters');
define('length', 1000, 'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers');
define('length', 0.01, 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters');
define('length', 0.001, 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters');
define('length', 0.3048, 'ft', 'foot', 'feet');
define('length', 0.0254, 'inch', 'inches');
define('length', 0.9144, 'yard', 'yards', 'yd', 'yds');
define('length', 1609.344, 'mi', 'mile', 'miles');
define('weight', 1, 'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes');
define('weight', 0.001, 'g', 'gram', 'grams', 'gramme', 'grammes');
define('weight', 1000, 't', 'ton', 'tons', 'tonne', 'tonnes');
define('weight', 0.45359237, 'lb', 'lbs', 'pound', 'pounds');
define('weight', 0.0283495, 'oz', 'ounce', 'ounces');
define('speed', 1.609344, 'mph', 'miles per hour', 'mile per hour', 'miles an hour');
define('speed', 1, 'kph', 'kmh', 'km/h', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour');
define('speed', 1.852, 'knot', 'knots');
define('duration', 1, 'second', 'seconds', 'sec', 'secs');
define('duration', 60, 'minute', 'minutes', 'min', 'mins');
define('duration', 3600, 'hour', 'hours', 'hr', 'hrs');
define('duration', 86_400, 'day', 'days', 'night', 'nights');
define('duration', 604_800, 'week', 'weeks');
define('duration', 2_629_800, 'month', 'months');
define('duration', 31_557_600, 'year', 'years');
define('duration', 315_576_000, 'decade', 'decades');

/** The dimension and factor of a unit word ("feet", "kg", "mph"), or null for an ordinary noun. */
export function unitInfo(word: string): UnitInfo | null {
  const lower = word.toLowerCase();
  return UNITS[lower] ?? (lower.endsWith('es') ? UNITS[lower.slice(0, -2)] : undefined) ?? (lower.endsWith('s') ? UNITS[lower.slice(0, -1)] : undefined) ?? null;
}

export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/**
 * The values a qualified number allows: "at least 50" → [50, ∞), "more than 50" → (50, ∞), "about 50" → [45, 55],
 * "nearly 50" → [45, 50), "as many as 50" → [0, 50]. Measures (lengths, weights…) also allow for rounding: half a
 * unit of the last written digit, and 2% more for converted units, so "113 kg" and "250 pounds" agree while "250"
 * and "280 pounds" do not, and "$9.2 billion" and "$8.9 billion" differ.
 */
export function intervalOf(value: number, qualifier: string | null, measured: boolean, written: string, convertible = measured): Interval {
  const slack = measured ? roundingSlack(value, written, convertible) : 0;
  const closed = (low: number, high: number): Interval => ({ low: low - slack, high: high + slack, lowOpen: false, highOpen: false });
  switch (qualifier) {
    case null: case 'only': case 'just': case 'exactly':
      return closed(value, value);
    case 'at least': case 'upwards of': case 'as few as':
      return { low: value - slack, high: Infinity, lowOpen: false, highOpen: true };
    case 'more than': case 'over': case 'just over':
      return { low: value - slack, high: Infinity, lowOpen: slack === 0, highOpen: true };
    case 'up to': case 'as many as': case 'at most':
      return { low: 0, high: value + slack, lowOpen: false, highOpen: false };
    case 'less than': case 'fewer than': case 'under': case 'just under':
      return { low: 0, high: value + slack, lowOpen: false, highOpen: slack === 0 };
    case 'nearly': case 'almost': case 'close to':
      return { low: value * 0.9 - slack, high: value + slack, lowOpen: false, highOpen: false };
    default:
      // about, around, approximately, roughly, some, an estimated …
      return closed(value * 0.9, value * 1.1);
  }
}

/**
 * Half a unit of the last written digit, in the value's own scale ("9.2 billion" → 0.05 billion), plus 2% for
 * units that articles convert from one another ("113 kg" / "250 pounds"); money and percentages are not converted.
 */
function roundingSlack(value: number, written: string, convertible: boolean): number {
  const digits = written.replace(/[^\d.]/g, '').replace(/\.$/, '');
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  // A fraction written in words ("half an hour") is exact; the qualifier in front gives its tolerance.
  if (digits === '' && Math.abs(value) < 1) return convertible ? Math.abs(value) * 0.02 : 0;
  const numeral = Number(digits);
  const scale = numeral > 0 && Number.isFinite(numeral) ? Math.abs(value) / numeral : 1;
  return (convertible ? Math.abs(value) * 0.02 : 0) + 0.5 * 10 ** -decimals * scale;
}

/** True when two intervals share a value (open ends exclude their own bound). */
export function meet(a: Interval, b: Interval): boolean {
  if (a.low > b.high || b.low > a.high) return false;
  if (a.low === b.high && (a.lowOpen || b.highOpen)) return false;
  if (b.low === a.high && (b.lowOpen || a.highOpen)) return false;
  return true;
}
