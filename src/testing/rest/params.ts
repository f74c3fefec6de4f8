import { ExchangeError } from "../exchange/types.js";

/** Parsed request parameters: form fields (bracket keys nested) or a JSON object. */
export type Params = Record<string, unknown>;

/**
 * Parses a request body by content type. Form bodies nest bracket keys (`close[ordertype]`,
 * `orders[0][price]`); JSON bodies must be objects. Throws `EGeneral:Invalid arguments` when malformed.
 */
export function parseBody(raw: string, contentType: string | undefined): Params {
  if (raw.trim() === "") return {};
  if ((contentType ?? "").includes("json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new ExchangeError("EGeneral:Invalid arguments");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new ExchangeError("EGeneral:Invalid arguments");
    }
    return parsed as Params;
  }
  return parseForm(new URLSearchParams(raw));
}

/** Turns URL-encoded pairs into an object, nesting `a[b][0]` style keys. */
export function parseForm(form: URLSearchParams): Params {
  const out: Params = {};
  for (const [key, value] of form) {
    const parts = key.split(/\[|\]\[|\]$/).filter((p, i) => i === 0 || p !== "");
    if (parts.length === 1 || !key.includes("[")) {
      out[key] = value;
      continue;
    }
    let node: Record<string, unknown> = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const k = parts[i]!;
      const next = node[k];
      if (next === undefined || typeof next !== "object") node[k] = {};
      node = node[k] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  // Objects keyed 0..n-1 become arrays (orders[0][...]).
  return denseArrays(out) as Params;
}

function denseArrays(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  const obj = v as Record<string, unknown>;
  for (const k of Object.keys(obj)) obj[k] = denseArrays(obj[k]);
  const keys = Object.keys(obj);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => obj[k]);
  return obj;
}

/**
 * The nonce digits exactly as sent. JSON numbers above 2^53 lose digits in JSON.parse, so JSON nonces
 * are read from the raw text.
 */
export function rawNonce(raw: string, params: Params, json: boolean): string | undefined {
  if (json) {
    const m = /"nonce"\s*:\s*"?(\d+)"?/.exec(raw);
    return m?.[1];
  }
  const n = params.nonce;
  return typeof n === "string" ? n : undefined;
}

/** A string parameter (numbers are stringified), or undefined. */
export function str(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new ExchangeError(`EGeneral:Invalid arguments:${name}`);
}

/** A required string parameter. */
export function req(p: Params, name: string): string {
  const v = str(p, name);
  if (v === undefined) throw new ExchangeError(`EGeneral:Invalid arguments:${name}`);
  return v;
}

/** A boolean parameter (`true`/`false` strings in forms), or the default. */
export function bool(p: Params, name: string, dflt = false): boolean {
  const v = p[name];
  if (v === undefined || v === "") return dflt;
  if (v === true || v === "true" || v === "1") return true;
  if (v === false || v === "false" || v === "0") return false;
  throw new ExchangeError(`EGeneral:Invalid arguments:${name}`);
}

/** An integer parameter, or undefined. */
export function int(p: Params, name: string): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) throw new ExchangeError(`EGeneral:Invalid arguments:${name}`);
  return Number(v);
}

/** A comma-separated list parameter (arrays are accepted as is). */
export function list(p: Params, name: string): string[] | undefined {
  const v = p[name];
  if (Array.isArray(v)) return v.map(String);
  const s = str(p, name);
  return s === undefined
    ? undefined
    : s
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "");
}
