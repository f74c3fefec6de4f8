// Body encoders for private calls. The returned text is what gets signed and sent, byte for byte.

/** A request parameter value as accepted by the encoders. */
export type ParamValue = string | number | bigint | boolean | null | undefined | ParamValue[] | ParamObject;
/** An object of request parameters. */
export interface ParamObject {
  [key: string]: ParamValue;
}

function isPrimitive(v: ParamValue): v is string | number | bigint | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}

function appendValue(form: URLSearchParams, key: string, value: ParamValue): void {
  if (value === undefined || value === null) return;
  if (isPrimitive(value)) {
    form.append(key, String(value)); // booleans become "true"/"false", as Kraken expects
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === undefined || v === null || isPrimitive(v))) {
      // Kraken takes lists (txid, pair, asset, ...) as one comma-separated value.
      form.append(key, value.filter((v) => v !== undefined && v !== null).join(","));
      return;
    }
    for (let i = 0; i < value.length; i++) appendValue(form, `${key}[${i}]`, value[i]);
    return;
  }
  // Nested objects use bracket keys, e.g. close[ordertype]=limit.
  for (const [sub, v] of Object.entries(value)) appendValue(form, `${key}[${sub}]`, v);
}

/**
 * Form-encodes `nonce` first, then the parameters in insertion order, then `otp`. `undefined`/`null`
 * are omitted; `+` in values (relative times like `+60`) is sent as `%2B`.
 */
export function encodeForm(nonce: string, params: ParamObject | undefined, otp: string | undefined): string {
  const form = new URLSearchParams();
  form.append("nonce", nonce);
  if (params) {
    for (const [key, value] of Object.entries(params)) {
      if (key === "nonce" || key === "otp") continue;
      appendValue(form, key, value);
    }
  }
  if (otp !== undefined) form.append("otp", otp);
  return form.toString();
}

function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

/**
 * JSON-encodes `{ nonce, ...params, otp }`. The nonce is written as raw digits so a nanosecond nonce
 * above 2^53 is not rounded by a JS number.
 */
export function encodeJson(nonce: string, params: ParamObject | undefined, otp: string | undefined): string {
  const rest: Record<string, unknown> = {};
  if (params) {
    for (const [key, value] of Object.entries(params)) {
      if (key === "nonce" || key === "otp" || value === undefined) continue;
      rest[key] = value;
    }
  }
  if (otp !== undefined) rest.otp = otp;
  const tail = JSON.stringify(rest, jsonReplacer);
  return tail === "{}" ? `{"nonce":${nonce}}` : `{"nonce":${nonce},${tail.slice(1)}`;
}

/** Parses a body produced by openapi-fetch (JSON text or form text) back into parameters. */
export function decodeBody(text: string, contentType: string | null): ParamObject {
  if (!text) return {};
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    const out: ParamObject = {};
    for (const [k, v] of new URLSearchParams(text)) out[k] = v;
    return out;
  }
  const parsed: unknown = JSON.parse(text);
  return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as ParamObject) : {};
}

/** Builds `?a=1&pair=XBTUSD,ETHUSD` for public GETs (lists comma-joined, booleans as text); "" if empty. */
export function encodeQuery(params: ParamObject | undefined): string {
  if (!params) return "";
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) appendValue(query, key, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}
