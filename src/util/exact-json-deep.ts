// The exact reader for answers whose money also sits in arrays and maps (Derivatives books, balances):
// every number anywhere inside a "deep" key's value is kept as its digits. Its own module, so apps
// that never read such answers do not bundle it.
import { exactLiteral, numberEnd, parseExactJson, skipSpace, stringEnd } from "./exact-json.js";

/**
 * Parses `text` like {@link parseExactJson} with `keys`, and also keeps as exact decimal strings
 * every number at any depth inside the value of a key in `deepKeys` (e.g. `"bids":[[50000.5,1.25]]`).
 * Other numbers stay JS numbers.
 * @throws SyntaxError when the text is not valid JSON (or an exponent is absurdly large)
 * @example
 * parseExactJsonDeep('{"bids":[[1.10,2]],"n":1}', new Set(), new Set(["bids"])); // { bids: [["1.10", "2"]], n: 1 }
 */
export function parseExactJsonDeep(
  text: string,
  keys: ReadonlySet<string>,
  deepKeys: ReadonlySet<string>,
): unknown {
  if (deepKeys.size === 0) return parseExactJson(text, keys);
  return JSON.parse(quoteDeep(text, keys, deepKeys));
}

/** Puts the money literals of `t` in quotes; one pass over the text, tracking containers and keys. */
function quoteDeep(t: string, keys: ReadonlySet<string>, deepKeys: ReadonlySet<string>): string {
  const deep: boolean[] = []; // per open container: whether every number inside is money
  let key: string | undefined; // the key whose value comes next (objects only)
  let out = "";
  let last = 0;
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 34) {
      const close = stringEnd(t, i);
      const j = skipSpace(t, close + 1);
      if (t.charCodeAt(j) === 58) {
        const raw = t.slice(i, close + 1);
        key = raw.indexOf("\\") < 0 ? raw.slice(1, -1) : (JSON.parse(raw) as string);
        i = j + 1;
      } else {
        key = undefined;
        i = close + 1;
      }
    } else if (c === 123 || c === 91) {
      deep.push((deep[deep.length - 1] ?? false) || (key !== undefined && deepKeys.has(key)));
      key = undefined;
      i++;
    } else if (c === 125 || c === 93) {
      deep.pop();
      i++;
    } else if ((c >= 48 && c <= 57) || c === 45) {
      const end = numberEnd(t, i);
      if ((deep[deep.length - 1] ?? false) || (key !== undefined && keys.has(key))) {
        out += `${t.slice(last, i)}"${exactLiteral(t.slice(i, end))}"`;
        last = end;
      }
      key = undefined;
      i = end;
    } else {
      if (c === 44) key = undefined;
      i++;
    }
  }
  return last === 0 ? t : out + t.slice(last);
}
