/**
 * A small JSON parser for book frames that keeps the numeric literals of money keys (`price`, `qty`,
 * `limit_price`, `order_qty`) as their exact source text. It accepts exactly the JSON grammar and
 * returns undefined on anything else. Keys Kraken uses are returned as constant strings so objects
 * share hidden classes, and strings are sliced without a copy loop when the frame has no escapes.
 */

/** Kraken's book keys by length: matched in place so no key string is allocated or hashed. */
const KEYS_BY_LENGTH: ReadonlyArray<ReadonlyArray<string>> = /* @__PURE__ */ (() => {
  const keys = ["channel", "type", "data", "symbol", "bids", "asks", "checksum", "timestamp", "price", "qty"];
  keys.push("order_id", "limit_price", "order_qty", "event");
  const table: string[][] = [];
  for (const k of keys) {
    const row = table[k.length] ?? [];
    row.push(k);
    table[k.length] = row;
  }
  return table;
})();

/** Raised internally on a syntax error; caught by {@link scanBookJson}. */
const SYNTAX = /* @__PURE__ */ new Error("json syntax");

/** What the scan saw, so the caller can skip re-validating what the grammar already guaranteed. */
export interface ScanInfo {
  /** Every money value was a JSON number without sign or exponent (so already a plain decimal). */
  plainMoney: boolean;
}

/** Parses `text`; money literals stay strings. Returns undefined when the text is not valid JSON. */
export function scanBookJson(text: string, info?: ScanInfo): unknown {
  const s = new Scanner(text);
  try {
    const v = s.value(false);
    s.ws();
    if (info) info.plainMoney = s.plainMoney;
    return s.i === text.length ? v : undefined;
  } catch {
    // SYNTAX, or a RangeError from absurd nesting: either way not a book frame
    return undefined;
  }
}

class Scanner {
  i = 0;
  plainMoney = true;
  readonly escapes: boolean;
  constructor(readonly t: string) {
    this.escapes = t.indexOf("\\") >= 0;
  }

  ws(): void {
    const t = this.t;
    let c = t.charCodeAt(this.i);
    if (c > 32) return; // the usual case: no whitespace at all
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.i);
  }

  value(money: boolean): unknown {
    this.ws();
    const c = this.t.charCodeAt(this.i);
    if (c === 123 || c === 91) {
      if (money) this.plainMoney = false;
      return c === 123 ? this.object() : this.array();
    }
    if (c === 34) {
      if (money) this.plainMoney = false;
      return this.string();
    }
    if ((c >= 48 && c <= 57) || c === 45) return this.number(money);
    if (money) this.plainMoney = false;
    return this.literal();
  }

  object(): Record<string, unknown> {
    const t = this.t;
    this.i++;
    const o: Record<string, unknown> = {};
    this.ws();
    if (t.charCodeAt(this.i) === 125) {
      this.i++;
      return o;
    }
    if (t.startsWith('"price":', this.i)) {
      const level = this.level();
      if (level !== undefined) return level;
    }
    for (;;) {
      this.ws();
      if (t.charCodeAt(this.i) !== 34) throw SYNTAX;
      const key = this.key();
      this.ws();
      if (t.charCodeAt(this.i) !== 58) throw SYNTAX;
      this.i++;
      const v = this.value(key === "price" || key === "qty" || key === "limit_price" || key === "order_qty");
      if (key === "__proto__")
        Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
      else o[key] = v;
      this.ws();
      const d = t.charCodeAt(this.i++);
      if (d === 44) continue;
      if (d === 125) return o;
      throw SYNTAX;
    }
  }

  /**
   * Fast path for the common `{"price":…,"qty":…}` level: one object literal (one hidden class) instead
   * of two property additions. Anything else rewinds and takes the generic path.
   */
  level(): Record<string, unknown> | undefined {
    const t = this.t;
    const start = this.i;
    this.i += 8;
    const price = this.value(true);
    this.ws();
    if (t.charCodeAt(this.i) === 44) {
      this.i++;
      this.ws();
      if (t.startsWith('"qty":', this.i)) {
        this.i += 6;
        const qty = this.value(true);
        this.ws();
        if (t.charCodeAt(this.i) === 125) {
          this.i++;
          return { price, qty };
        }
      }
    }
    this.i = start;
    return undefined;
  }

  array(): unknown[] {
    const t = this.t;
    this.i++;
    const a: unknown[] = [];
    this.ws();
    if (t.charCodeAt(this.i) === 93) {
      this.i++;
      return a;
    }
    for (;;) {
      a.push(this.value(false));
      this.ws();
      const d = t.charCodeAt(this.i++);
      if (d === 44) continue;
      if (d === 93) return a;
      throw SYNTAX;
    }
  }

  key(): string {
    const t = this.t;
    const start = this.i + 1;
    const end = t.indexOf('"', start);
    if (end < 0) throw SYNTAX;
    if (!this.escapes) {
      const candidates = KEYS_BY_LENGTH[end - start];
      if (candidates !== undefined) {
        for (let k = 0; k < candidates.length; k++) {
          const known = candidates[k] as string;
          if (t.startsWith(known, start)) {
            this.i = end + 1;
            return known;
          }
        }
      }
    }
    return this.string();
  }

  string(): string {
    const t = this.t;
    const start = this.i + 1;
    let end = t.indexOf('"', start);
    if (end < 0) throw SYNTAX;
    if (!this.escapes) {
      for (let k = start; k < end; k++) if (t.charCodeAt(k) < 32) throw SYNTAX;
      this.i = end + 1;
      return t.slice(start, end);
    }
    // escapes somewhere in the frame: find the closing quote that is not escaped, let JSON.parse decode
    for (;;) {
      let bs = 0;
      for (let k = end - 1; t.charCodeAt(k) === 92; k--) bs++;
      if (bs % 2 === 0) break;
      end = t.indexOf('"', end + 1);
      if (end < 0) throw SYNTAX;
    }
    this.i = end + 1;
    try {
      return JSON.parse(t.slice(start - 1, end + 1)) as string;
    } catch {
      throw SYNTAX;
    }
  }

  number(money: boolean): string | number {
    const t = this.t;
    const start = this.i;
    let i = start;
    let c = t.charCodeAt(i);
    const c0 = c;
    let exponent = false;
    if (c === 45) c = t.charCodeAt(++i);
    if (c === 48) c = t.charCodeAt(++i);
    else if (c >= 49 && c <= 57) {
      do c = t.charCodeAt(++i);
      while (c >= 48 && c <= 57);
    } else throw SYNTAX;
    if (c === 46) {
      c = t.charCodeAt(++i);
      if (!(c >= 48 && c <= 57)) throw SYNTAX;
      do c = t.charCodeAt(++i);
      while (c >= 48 && c <= 57);
    }
    if (c === 101 || c === 69) {
      exponent = true;
      c = t.charCodeAt(++i);
      if (c === 43 || c === 45) c = t.charCodeAt(++i);
      if (!(c >= 48 && c <= 57)) throw SYNTAX;
      do c = t.charCodeAt(++i);
      while (c >= 48 && c <= 57);
    }
    this.i = i;
    const raw = t.slice(start, i);
    if (!money) return Number(raw);
    if (c0 === 45 || exponent) this.plainMoney = false;
    return raw;
  }

  literal(): boolean | null {
    const t = this.t;
    if (t.startsWith("true", this.i)) {
      this.i += 4;
      return true;
    }
    if (t.startsWith("false", this.i)) {
      this.i += 5;
      return false;
    }
    if (t.startsWith("null", this.i)) {
      this.i += 4;
      return null;
    }
    throw SYNTAX;
  }
}
