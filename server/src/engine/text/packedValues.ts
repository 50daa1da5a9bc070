/**
 * Plain data (objects, arrays, strings, numbers, booleans, null, undefined) packed into one Int32Array, with strings
 * as indexes into a shared table and the key lists of small objects as shared shapes. A held analysis is mostly
 * small objects and arrays whose headers and pointers cost more than their content (a name candidate took about
 * 500 bytes); packed, each value is one 32-bit slot. Unpacking gives an equal value: the same keys in the same
 * order, -0, NaN and ±Infinity kept, an array or object shared by several places in the value shared again.
 *
 * A slot holds a payload shifted left by three bits and a tag in the low three bits. Payloads are small integers,
 * string indexes, array lengths, shape indexes, key counts, constant codes or indexes into the side list of other
 * numbers, so the 29 bits left suffice.
 */

const INT = 0;
const STRING = 1;
const ARRAY = 2;
const SHAPED = 3;
const KEYED = 4;
const DOUBLE = 5;
const CONSTANT = 6;
const SHARED = 7;

const CONSTANTS: readonly unknown[] = [null, undefined, false, true];
const SMALL = 1 << 28;
// Beyond this many distinct key lists, objects carry their keys inline: word-count records have arbitrary keys,
// and a table of every such list would grow with the corpus.
const MAX_SHAPES = 4096;
const MAX_SHAPE_KEYS = 24;

/** One copy of each string and each small object's key list, shared by every value packed with it. */
export class PackingTable {
  private readonly stringIds = new Map<string, number>();
  private readonly strings: string[] = [];
  private readonly shapeIds = new Map<string, number>();
  private readonly shapes: string[][] = [];

  get size(): number {
    return this.strings.length;
  }

  stringId(text: string): number {
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.stringIds.set(text, id);
    }
    return id;
  }

  string(id: number): string {
    return this.strings[id];
  }

  /** The shape of a key list, or -1 when objects with these keys should carry them inline. */
  shapeId(keys: string[]): number {
    if (keys.length > MAX_SHAPE_KEYS) return -1;
    const signature = keys.join('\u0000');
    let id = this.shapeIds.get(signature);
    if (id === undefined) {
      if (this.shapes.length >= MAX_SHAPES) return -1;
      id = this.shapes.length;
      this.shapes.push(keys);
      this.shapeIds.set(signature, id);
    }
    return id;
  }

  shape(id: number): string[] {
    return this.shapes[id];
  }
}

/** A packed value: its slots and the numbers that do not fit in a slot. */
export interface PackedValue {
  readonly slots: Int32Array;
  readonly doubles: Float64Array | null;
}

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * Packs a value, or returns null when it holds something other than plain data (a Map, a class instance, a
 * function), which the caller then keeps as it is.
 */
export function packValue(value: unknown, table: PackingTable): PackedValue | null {
  const slots: number[] = [];
  const doubles: number[] = [];
  // Containers in the order they were opened: a container met again is written as its ordinal.
  const opened = new Map<object, number>();
  const put = (payload: number, tag: number) => slots.push(payload * 8 + tag);
  const visit = (item: unknown): boolean => {
    switch (typeof item) {
      case 'string':
        put(table.stringId(item), STRING);
        return true;
      case 'number':
        if (Number.isInteger(item) && item > -SMALL && item < SMALL && !Object.is(item, -0)) put(item, INT);
        else {
          put(doubles.length, DOUBLE);
          doubles.push(item);
        }
        return true;
      case 'boolean':
      case 'undefined':
        put(CONSTANTS.indexOf(item), CONSTANT);
        return true;
      case 'object': {
        if (item === null) {
          put(0, CONSTANT);
          return true;
        }
        const seen = opened.get(item);
        if (seen !== undefined) {
          put(seen, SHARED);
          return true;
        }
        opened.set(item, opened.size);
        if (Array.isArray(item)) {
          put(item.length, ARRAY);
          for (let i = 0; i < item.length; i++) if (!visit(item[i])) return false;
          return true;
        }
        if (!isPlainObject(item)) return false;
        const record = item as Record<string, unknown>;
        const keys = Object.keys(record);
        // Objects without a prototype (lookup tables) keep none: a key such as "constructor" must not find one.
        const bare = Object.getPrototypeOf(item) === null;
        const shape = bare ? -1 : table.shapeId(keys);
        if (shape >= 0) put(shape, SHAPED);
        else {
          put(keys.length * 2 + (bare ? 1 : 0), KEYED);
          for (const key of keys) slots.push(table.stringId(key));
        }
        for (const key of keys) if (!visit(record[key])) return false;
        return true;
      }
      default:
        return false;
    }
  };
  if (!visit(value)) return null;
  return { slots: Int32Array.from(slots), doubles: doubles.length > 0 ? Float64Array.from(doubles) : null };
}

/** The value a PackedValue was made from (a new copy on every call). */
export function unpackValue(packed: PackedValue, table: PackingTable): unknown {
  const { slots, doubles } = packed;
  const opened: object[] = [];
  let at = 0;
  const read = (): unknown => {
    const slot = slots[at++];
    const tag = slot & 7;
    const payload = (slot - tag) / 8;
    switch (tag) {
      case INT:
        return payload;
      case STRING:
        return table.string(payload);
      case DOUBLE:
        return doubles![payload];
      case CONSTANT:
        return CONSTANTS[payload];
      case SHARED:
        return opened[payload];
      case ARRAY: {
        const list: unknown[] = [];
        opened.push(list);
        for (let i = 0; i < payload; i++) list.push(read());
        return list;
      }
      default: {
        const bare = tag === KEYED && payload % 2 === 1;
        const record = (bare ? Object.create(null) : {}) as Record<string, unknown>;
        opened.push(record);
        let keys: string[];
        if (tag === SHAPED) keys = table.shape(payload);
        else {
          keys = [];
          for (let i = 0; i < payload >> 1; i++) keys.push(table.string(slots[at++]));
        }
        for (const key of keys) {
          // An own "__proto__" key (possible in parsed data) is a key, not the prototype.
          if (key === '__proto__') Object.defineProperty(record, key, { value: read(), enumerable: true, writable: true, configurable: true });
          else record[key] = read();
        }
        return record;
      }
    }
  };
  return read();
}
