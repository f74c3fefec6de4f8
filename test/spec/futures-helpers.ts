// Shared helpers for the openapi.futures.json tests: loading our spec and Kraken's official Futures spec
// (five YAML roots, one server each), and matching their operations by full path and method.
import { readFileSync } from "node:fs";
import path from "node:path";
import $RefParser from "@apidevtools/json-schema-ref-parser";
import YAML from "yaml";
import { loadReferenceSpec } from "./reference-spec.js";
import { type Json, listOperations, ROOT } from "./spec-helpers.js";

export const FUTURES_SPEC_FILE = path.join(ROOT, "openapi.futures.json");
/** `../shared/reference` beside the repository, or the folder named by KRAKEN_REFERENCE_DIR. */
export const FUTURES_REFERENCE_DIR = path.join(
  process.env.KRAKEN_REFERENCE_DIR ?? path.resolve(ROOT, "../shared/reference"),
  "kraken-futures-rest-openapi",
);
/** The official roots, each served under its own path prefix (its `servers[0].url`). */
export const FUTURES_REFERENCE_ROOTS = [
  "trading/public.yml",
  "history/api-public.yml",
  "charts/api-public.yml",
  "stats/public.yml",
  "auth/api-public.yml",
];
const ORIGIN = "https://futures.kraken.com";

/**
 * Our operationIds where Kraken's cannot be used: `rebates::get_self_market_share` is not an
 * identifier (listed in docs/openapi-futures.md).
 */
export const RENAMED_OPERATIONS: Record<string, string> = {
  "rebates::get_self_market_share": "getSelfMarketShare",
};

/** Reads openapi.futures.json as written. */
export function loadFuturesSpec(): Json {
  return JSON.parse(readFileSync(FUTURES_SPEC_FILE, "utf8"));
}

/** openapi.futures.json with every $ref replaced by its target. */
export async function loadDereferencedFuturesSpec(): Promise<Json> {
  return $RefParser.dereference(loadFuturesSpec());
}

export interface OfficialOperation {
  /** Root file it comes from. */
  readonly file: string;
  /** Full request path: the server's path prefix plus the operation's path. */
  readonly fullPath: string;
  readonly method: string;
  /** The operation, dereferenced, with the path item's parameters merged in. */
  readonly op: Json;
}

/** Every operation of Kraken's official Futures spec (dereferenced), with its full request path. */
export async function loadOfficialFuturesOperations(): Promise<OfficialOperation[]> {
  const out: OfficialOperation[] = [];
  for (const file of FUTURES_REFERENCE_ROOTS) {
    const absolute = path.join(FUTURES_REFERENCE_DIR, file);
    const raw = YAML.parse(readFileSync(absolute, "utf8"));
    const server: string = raw.servers[0].url;
    if (!server.startsWith(ORIGIN)) throw new Error(`${file}: unexpected server ${server}`);
    const prefix = server.slice(ORIGIN.length);
    const spec = await loadReferenceSpec(absolute);
    for (const { path: p, method, op } of listOperations(spec)) {
      const shared = spec.paths[p].parameters ?? [];
      const own = op.parameters ?? [];
      const parameters = [...shared.filter((s: Json) => !own.some((o: Json) => o.name === s.name)), ...own];
      out.push({ file, fullPath: `${prefix}${p}`, method, op: { ...op, parameters } });
    }
  }
  return out;
}

/** Our operationId for an official one. */
export function ourOperationId(officialId: string): string {
  return RENAMED_OPERATIONS[officialId] ?? officialId;
}

/**
 * Numbers of an answer that an exact-JSON reader driven by the table would leave as floats: not under
 * a key of `exact`, not inside a key of `exactDeep`, and not an integer.
 */
export function uncoveredNumbers(
  value: Json,
  exact: ReadonlySet<string>,
  deep: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  const visit = (v: Json, key: string | undefined, at: string, inDeep: boolean) => {
    if (typeof v === "number") {
      if (!inDeep && !(key !== undefined && exact.has(key)) && !Number.isInteger(v)) out.push(`${at} = ${v}`);
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) visit(x, key, `${at}[${i}]`, inDeep);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) visit(x, k, `${at}.${k}`, inDeep || deep.has(k));
    }
  };
  visit(value, undefined, "", false);
  return out;
}
