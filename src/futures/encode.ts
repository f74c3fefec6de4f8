// Builds a Derivatives request from Kraken's parameter names: path placeholders filled, the rest
// URL-encoded into the query or form body exactly as it will be signed and sent.
import type { FuturesOperationRow } from "../../generated/futures/index.js";
import { futuresCostRules } from "../../generated/futures/index.js";
import { KrakenConfigError } from "../errors/index.js";

/** Parameters as the facade takes them. */
export type FuturesParams = Readonly<Record<string, unknown>>;

/** A request ready to sign and send. */
export interface PreparedRequest {
  readonly method: string;
  /** Path as requested (placeholders filled, not encoded for the query). */
  readonly path: string;
  /** `path` plus the query string, appended to the origin. */
  readonly target: string;
  /** What Kraken signs: the URL-encoded query or form body, exactly as sent. */
  readonly postData: string;
  readonly body: string | undefined;
  readonly contentType: string | undefined;
}

function bigintAsText(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : String(value);
}

/**
 * URL-encodes one pair per value (lists repeat the key, as Kraken's `orderIds=a&orderIds=b`), spaces
 * as `%20`; `undefined`/`null` omitted. The result is what gets signed, byte for byte.
 */
export function encodeParams(params: FuturesParams, jsonParams: readonly string[]): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const k = encodeURIComponent(key);
    if (jsonParams.includes(key) && typeof value !== "string") {
      parts.push(`${k}=${encodeURIComponent(JSON.stringify(value, bigintAsText))}`);
    } else if (Array.isArray(value)) {
      for (const v of value)
        if (v !== undefined && v !== null) parts.push(`${k}=${encodeURIComponent(text(v))}`);
    } else if (typeof value === "object") {
      parts.push(`${k}=${encodeURIComponent(JSON.stringify(value, bigintAsText))}`);
    } else parts.push(`${k}=${encodeURIComponent(text(value))}`);
  }
  return parts.join("&");
}

/** Fills `{name}` placeholders from `params` and encodes the rest by the row's encoding. */
export function prepareRequest(row: FuturesOperationRow, params: FuturesParams = {}): PreparedRequest {
  const rest: Record<string, unknown> = { ...params };
  const path = row.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = rest[name];
    if (value === undefined || value === null || value === "")
      throw new KrakenConfigError(`${row.operationId}: path parameter ${name} is required`);
    delete rest[name];
    return encodeURIComponent(text(value));
  });
  const method = row.method.toUpperCase();
  if (row.encoding === "json") {
    const body = JSON.stringify(rest, bigintAsText);
    return { method, path, target: path, postData: body, body, contentType: "application/json" };
  }
  const postData = encodeParams(rest, row.jsonParams);
  if (row.encoding === "form") {
    return {
      method,
      path,
      target: path,
      postData,
      body: postData,
      contentType: "application/x-www-form-urlencoded",
    };
  }
  return {
    method,
    path,
    target: postData ? `${path}?${postData}` : path,
    postData,
    body: undefined,
    contentType: undefined,
  };
}

function countItems(params: FuturesParams, itemsPath: string): number {
  const [head, ...tail] = itemsPath.split(".");
  let node: unknown = params[head as string];
  if (typeof node === "string") {
    try {
      node = JSON.parse(node);
    } catch {
      return 0;
    }
  }
  for (const part of tail) node = (node as Record<string, unknown> | undefined)?.[part];
  return Array.isArray(node) ? node.length : 0;
}

/** The rate-limit cost of one call by the row's cost or cost rule (Kraken's "Derivatives Rate Limits"). */
export function costOf(row: FuturesOperationRow, params: FuturesParams = {}): number {
  const cost = row.cost;
  if (typeof cost === "number") return cost;
  if (cost === "batchorder") {
    const r = futuresCostRules.batchorder;
    return r.base + r.perItem * countItems(params, r.items);
  }
  if (cost === "fills") {
    const r = futuresCostRules.fills;
    const [name, when] = Object.entries(r.whenPresent)[0] as [string, number];
    return params[name] !== undefined && params[name] !== null ? when : r.base;
  }
  const r = futuresCostRules.accountlog;
  const raw = params[r.parameter];
  const count = raw === undefined || raw === null ? r.default : Number(raw);
  for (const tier of r.tiers) if (count <= tier.upTo) return tier.cost;
  return r.tiers[r.tiers.length - 1]?.cost ?? 0;
}
