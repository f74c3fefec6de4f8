// Reads a Derivatives answer losslessly: the money numbers named by the operation row become exact
// decimal strings, everything else parses as JSON.parse would.
import { expandExponent } from "../util/decimal.js";
import { parseExactJson } from "../util/exact-json.js";

const MAX_EXPONENT = 40;

/**
 * Parses `text` keeping as decimal strings the number literal of every key in `keys` and every number
 * anywhere inside the value of a key in `deepKeys` (arrays and maps of money, e.g. order book levels
 * or balances). Other numbers stay JS numbers.
 * @throws SyntaxError when the text is not JSON
 */
export function parseExactAnswer(
  text: string,
  keys: ReadonlySet<string>,
  deepKeys: ReadonlySet<string>,
): unknown {
  if (deepKeys.size === 0) return parseExactJson(text, keys);
  return JSON.parse(quoteMoney(text, keys, deepKeys));
}

/** Puts the money literals of `t` in quotes; one pass over the text, tracking containers and keys. */
function quoteMoney(t: string, keys: ReadonlySet<string>, deepKeys: ReadonlySet<string>): string {
  // per open container: whether every number inside is money
  const deep: boolean[] = [];
  let key: string | undefined; // the key whose value comes next (objects only)
  let out = "";
  let last = 0;
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 34) {
      const close = stringEnd(t, i);
      let j = close + 1;
      while (j < n && isSpace(t.charCodeAt(j))) j++;
      if (t.charCodeAt(j) === 58) {
        const raw = t.slice(i, close + 1);
        key = raw.indexOf("\\") < 0 ? raw.slice(1, -1) : (JSON.parse(raw) as string);
        i = j + 1;
      } else {
        key = undefined;
        i = close + 1;
      }
      continue;
    }
    if (c === 123 || c === 91) {
      deep.push((deep[deep.length - 1] ?? false) || (key !== undefined && deepKeys.has(key)));
      key = undefined;
      i++;
      continue;
    }
    if (c === 125 || c === 93) {
      deep.pop();
      i++;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 45) {
      let end = i + 1;
      for (let d = t.charCodeAt(end); isNumberChar(d); d = t.charCodeAt(++end));
      if ((deep[deep.length - 1] ?? false) || (key !== undefined && keys.has(key))) {
        out += `${t.slice(last, i)}"${exact(t.slice(i, end))}"`;
        last = end;
      }
      key = undefined;
      i = end;
      continue;
    }
    if (c === 44) key = undefined;
    i++;
  }
  return last === 0 ? t : out + t.slice(last);
}

function isNumberChar(d: number): boolean {
  return (d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function stringEnd(t: string, open: number): number {
  let end = t.indexOf('"', open + 1);
  for (;;) {
    if (end < 0) throw new SyntaxError("unterminated string");
    let backslashes = 0;
    for (let k = end - 1; t.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = t.indexOf('"', end + 1);
  }
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;

/** A JSON number literal as an exact plain decimal (exponents expanded within bounds). */
function exact(raw: string): string {
  const m = NUMBER.exec(raw);
  if (!m) throw new SyntaxError(`invalid number ${raw.slice(0, 40)}`);
  if (!m[3]) return raw;
  if (Math.abs(Number(m[3].slice(1))) > MAX_EXPONENT)
    throw new SyntaxError(`money literal ${raw.slice(0, 40)} has an exponent beyond ${MAX_EXPONENT}`);
  return expandExponent(raw);
}
