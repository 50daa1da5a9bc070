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
    // JSON keeps ["a,b"] apart from ["a", "b"] whatever the keys hold.
    const signature = JSON.stringify(keys);
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
 * Packs several values one after another into one list of slots and one of side numbers (each typed array costs
 * about 200 bytes of its own, so an analysis's fields share one): `add` returns where a value starts, or -1 (and
 * writes nothing) when it holds something other than plain data (a Map, a class instance, a function), which the
 * caller then keeps as it is.
 */
export class Packer {
  private readonly slots: number[] = [];
  private readonly doubles: number[] = [];

  constructor(private readonly table: PackingTable) {}

  add(value: unknown): number {
    const start = this.slots.length;
    const doubleCount = this.doubles.length;
    if (this.visit(value, new Map())) return start;
    this.slots.length = start;
    this.doubles.length = doubleCount;
    return -1;
  }

  finish(): PackedValue {
    return { slots: Int32Array.from(this.slots), doubles: this.doubles.length > 0 ? Float64Array.from(this.doubles) : null };
  }

  private put(payload: number, tag: number): void {
    this.slots.push(payload * 8 + tag);
  }

  /** Writes one value; `opened` numbers the containers of this value in the order they were opened. */
  private visit(item: unknown, opened: Map<object, number>): boolean {
    switch (typeof item) {
      case 'string':
        this.put(this.table.stringId(item), STRING);
        return true;
      case 'number':
        if (Number.isInteger(item) && item > -SMALL && item < SMALL && !Object.is(item, -0)) this.put(item, INT);
        else {
          this.put(this.doubles.length, DOUBLE);
          this.doubles.push(item);
        }
        return true;
      case 'boolean':
      case 'undefined':
        this.put(CONSTANTS.indexOf(item), CONSTANT);
        return true;
      case 'object': {
        if (item === null) {
          this.put(0, CONSTANT);
          return true;
        }
        // A container met again is written as its ordinal, and shared again when unpacked.
        const seen = opened.get(item);
        if (seen !== undefined) {
          this.put(seen, SHARED);
          return true;
        }
        opened.set(item, opened.size);
        if (Array.isArray(item)) {
          this.put(item.length, ARRAY);
          for (let i = 0; i < item.length; i++) if (!this.visit(item[i], opened)) return false;
          return true;
        }
        if (!isPlainObject(item)) return false;
        const record = item as Record<string, unknown>;
        const keys = Object.keys(record);
        // Objects without a prototype (lookup tables) keep none: a key such as "constructor" must not find one.
        const bare = Object.getPrototypeOf(item) === null;
        const shape = bare ? -1 : this.table.shapeId(keys);
        if (shape >= 0) this.put(shape, SHAPED);
        else {
          this.put(keys.length * 2 + (bare ? 1 : 0), KEYED);
          for (const key of keys) this.slots.push(this.table.stringId(key));
        }
        for (const key of keys) if (!this.visit(record[key], opened)) return false;
        return true;
      }
      default:
        return false;
    }
  }
}

/** Packs one value on its own (see Packer), or returns null when it is not plain data. */
export function packValue(value: unknown, table: PackingTable): PackedValue | null {
  const packer = new Packer(table);
  return packer.add(value) < 0 ? null : packer.finish();
}

/** The value packed at `start` (0 for a value packed alone), as a new copy on every call. */
export function unpackValue(packed: PackedValue, table: PackingTable, start = 0): unknown {
  const { slots, doubles } = packed;
  const opened: object[] = [];
  let at = start;
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
