// Builds the Derivatives (Futures) operation table from openapi.futures.json and renders
// generated/futures/operations.ts and index.ts. Pure functions: generate.mjs does the file I/O.
import { fail, oneOf } from "./operation-table.mjs";

const METHODS = ["get", "post", "put", "delete"];
const AUTH = ["public", "private"];
const RETRY = ["safe", "unsent", "never"];
const ENCODING = ["query", "form", "json"];
const POOLS = ["derivatives", "history", "public"];
const COST_SOURCES = ["docs", "assumed"];
const PERMISSION = /^[a-z]+(-[a-z]+)*$/;
/** Method names a client built on the table uses for itself. */
const RESERVED_IDS = ["request", "client"];

/** Banner placed at the top of every generated futures file (no timestamp: byte-for-byte stable). */
export const FUTURES_BANNER = [
  "/**",
  " * DO NOT EDIT. This file is generated from openapi.futures.json by `npm run codegen` (codegen/generate.mjs).",
  " * Change openapi.futures.json or the generator instead, then run `npm run codegen` and commit the result.",
  " */",
].join("\n");

/** Resolves an internal `#/...` reference of `spec`. */
function resolve(spec, schema) {
  let s = schema;
  const seen = new Set();
  while (s && typeof s === "object" && typeof s.$ref === "string") {
    if (seen.has(s.$ref)) fail(s.$ref, "circular $ref");
    seen.add(s.$ref);
    if (!s.$ref.startsWith("#/")) fail(s.$ref, "only internal $refs are supported");
    s = s.$ref
      .slice(2)
      .split("/")
      .reduce((node, part) => node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
    if (s === undefined) fail(schema.$ref, "unresolved $ref");
  }
  return s;
}

/** The schema and every schema it is composed of (allOf/oneOf/anyOf), refs resolved. */
function branches(spec, schema, out = []) {
  const s = resolve(spec, schema);
  if (!s || typeof s !== "object" || out.includes(s)) return out;
  out.push(s);
  for (const key of ["allOf", "oneOf", "anyOf"]) for (const part of s[key] ?? []) branches(spec, part, out);
  return out;
}

const isNumeric = (s) => [s.type].flat().some((t) => t === "number" || t === "integer");

/**
 * Classifies the numbers of one answer schema by the key they sit under, for the exact-JSON reader:
 * `exact`: keys whose own value is a money number; `exactDeep`: keys whose value is an array or map
 * holding money numbers (at any depth of arrays/maps, not under named properties). Fails when a key
 * is money in one place and a plain number in another, since a by-key reader could not tell them apart.
 */
export function exactKeys(spec, schema, where) {
  const scalar = new Map(); // key -> Set("exact" | "plain")
  const deep = new Map();
  const note = (map, key, kind) => map.set(key, (map.get(key) ?? new Set()).add(kind));
  const visited = new Set();

  // Numbers reachable from `schema` through array items and map values only.
  function anonymousLeaves(s0, acc, stack) {
    for (const s of branches(spec, s0)) {
      if (stack.has(s)) continue;
      const next = new Set(stack).add(s);
      if (isNumeric(s)) acc.add(s["x-kraken-exact"] ? "exact" : "plain");
      for (const item of [s.items, ...(s.prefixItems ?? [])]) if (item) anonymousLeaves(item, acc, next);
      if (s.additionalProperties && typeof s.additionalProperties === "object")
        anonymousLeaves(s.additionalProperties, acc, next);
    }
    return acc;
  }

  // Every number anywhere inside `schema` (named properties too): what a deep exact read converts.
  function allLeaves(s0, acc, stack) {
    for (const s of branches(spec, s0)) {
      if (stack.has(s)) continue;
      const next = new Set(stack).add(s);
      if (isNumeric(s)) acc.add(s["x-kraken-exact"] ? "exact" : "plain");
      for (const item of [s.items, ...(s.prefixItems ?? [])]) if (item) allLeaves(item, acc, next);
      if (s.additionalProperties && typeof s.additionalProperties === "object")
        allLeaves(s.additionalProperties, acc, next);
      for (const prop of Object.values(s.properties ?? {})) allLeaves(prop, acc, next);
    }
    return acc;
  }
  const deepProps = new Map(); // key -> schemas of the properties holding money in containers

  function walk(s0) {
    for (const s of branches(spec, s0)) {
      if (visited.has(s)) continue;
      visited.add(s);
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        for (const b of branches(spec, prop))
          if (isNumeric(b)) note(scalar, key, b["x-kraken-exact"] ? "exact" : "plain");
        const containerLeaves = new Set();
        for (const b of branches(spec, prop)) {
          for (const item of [b.items, ...(b.prefixItems ?? [])])
            if (item) anonymousLeaves(item, containerLeaves, new Set());
          if (b.additionalProperties && typeof b.additionalProperties === "object")
            anonymousLeaves(b.additionalProperties, containerLeaves, new Set());
        }
        for (const kind of containerLeaves) note(deep, key, kind);
        if (containerLeaves.size) deepProps.set(key, [...(deepProps.get(key) ?? []), prop]);
        walk(prop);
      }
      for (const item of [s.items, ...(s.prefixItems ?? [])]) if (item) walk(item);
      if (s.additionalProperties && typeof s.additionalProperties === "object") walk(s.additionalProperties);
    }
  }
  walk(schema);
  const exact = [];
  const exactDeep = [];
  for (const [key, kinds] of scalar) {
    if (kinds.has("exact") && kinds.has("plain"))
      fail(where, `key "${key}" is a money number in one place and a plain number in another`);
    if (kinds.has("exact")) exact.push(key);
  }
  for (const [key, kinds] of deep) {
    if (kinds.has("exact") && kinds.has("plain"))
      fail(where, `key "${key}" holds both money numbers and plain numbers`);
    if (kinds.has("exact")) {
      for (const prop of deepProps.get(key) ?? []) {
        if (allLeaves(prop, new Set(), new Set()).has("plain"))
          fail(
            where,
            `key "${key}" holds money numbers in arrays or maps and plain numbers elsewhere inside`,
          );
      }
      if (scalar.get(key)?.has("plain"))
        fail(where, `key "${key}" holds money numbers in one place and is a plain number in another`);
      exactDeep.push(key);
    }
  }
  return { exact: exact.sort(), exactDeep: exactDeep.sort() };
}

/** Names of the parameters that travel as JSON text (query `content: application/json`, form `encoding`). */
function jsonParams(spec, op) {
  const out = [];
  for (const p0 of op.parameters ?? []) {
    const p = resolve(spec, p0);
    if (p.content?.["application/json"]) out.push(p.name);
  }
  const form = op.requestBody?.content?.["application/x-www-form-urlencoded"];
  for (const [name, enc] of Object.entries(form?.encoding ?? {})) {
    if (enc.contentType === "application/json") out.push(name);
  }
  return out.sort();
}

function readRow(spec, path, method, op) {
  const where = `${method.toUpperCase()} ${path}`;
  const operationId = op.operationId;
  if (typeof operationId !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(operationId)) {
    fail(where, `missing or invalid operationId (${JSON.stringify(operationId)})`);
  }
  const at = `${where} (${operationId})`;
  if (RESERVED_IDS.includes(operationId)) fail(at, `operationId "${operationId}" is reserved for the client`);
  for (const key of [
    "x-kraken-auth",
    "x-kraken-permission",
    "x-kraken-cost",
    "x-kraken-cost-source",
    "x-kraken-pool",
    "x-kraken-retry",
    "x-kraken-encoding",
  ]) {
    if (!(key in op)) fail(at, `missing ${key}`);
  }
  const permission = op["x-kraken-permission"];
  if (permission !== null && (typeof permission !== "string" || !PERMISSION.test(permission))) {
    fail(at, `x-kraken-permission must be null or a kebab-case code, got ${JSON.stringify(permission)}`);
  }
  const rules = Object.keys(spec["x-kraken-cost-rules"] ?? {});
  const cost = op["x-kraken-cost"];
  if (!rules.includes(cost) && !(typeof cost === "number" && Number.isFinite(cost) && cost >= 0)) {
    fail(
      at,
      `x-kraken-cost must be a non-negative number or a rule of x-kraken-cost-rules (${rules.join(", ")}), got ${JSON.stringify(cost)}`,
    );
  }
  oneOf(at, "x-kraken-cost-source", op["x-kraken-cost-source"], COST_SOURCES);
  const auth = oneOf(at, "x-kraken-auth", op["x-kraken-auth"], AUTH);
  const pool = oneOf(at, "x-kraken-pool", op["x-kraken-pool"], POOLS);
  if (pool !== "public" && !(pool in (spec["x-kraken-pools"] ?? {})))
    fail(at, `pool ${pool} is not in x-kraken-pools`);
  if (auth === "public" && (pool !== "public" || cost !== 0))
    fail(at, "a public operation must be free (pool public, cost 0)");
  if (pool === "public" && cost !== 0) fail(at, "an operation in no pool must cost 0");
  const summary = op.summary ?? "";
  if (typeof summary !== "string") fail(at, "summary must be a string");
  const answer = op.responses?.["200"]?.content?.["application/json"]?.schema;
  const { exact, exactDeep } = answer ? exactKeys(spec, answer, at) : { exact: [], exactDeep: [] };
  return {
    operationId,
    method: oneOf(at, "method", method, METHODS),
    path,
    auth,
    permission,
    cost,
    pool,
    retry: oneOf(at, "x-kraken-retry", op["x-kraken-retry"], RETRY),
    encoding: oneOf(at, "x-kraken-encoding", op["x-kraken-encoding"], ENCODING),
    jsonParams: jsonParams(spec, op),
    envelope: path.startsWith("/derivatives/"),
    exact,
    exactDeep,
    summary: summary.trim(),
  };
}

/** Reads every operation of the futures document into table rows, sorted by operationId. */
export function buildFuturesOperationTable(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of ["get", "post", "put", "delete", "patch"]) {
      const op = item?.[method];
      if (op) rows.push(readRow(spec, path, method, op));
    }
  }
  const seen = new Map();
  for (const row of rows) {
    const other = seen.get(row.operationId);
    if (other) fail(row.path, `operationId ${row.operationId} is also used by ${other}`);
    seen.set(row.operationId, row.path);
  }
  return rows.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
}

const FIELDS = [
  "operationId",
  "method",
  "path",
  "auth",
  "permission",
  "cost",
  "pool",
  "retry",
  "encoding",
  "jsonParams",
  "envelope",
  "exact",
  "exactDeep",
];

const PREAMBLE = `import type { BodyEncoding, OperationAuth, RetryClass } from "../operations.js";

/** A rule that computes a cost from the request (see {@link futuresCostRules}). */
export type FuturesCostRule = "batchorder" | "fills" | "accountlog";

/**
 * The rate-limit budget an operation draws on: \`derivatives\` (500 per 10 s), \`history\` (100 tokens,
 * refilled at 100 per 10 min), or \`public\` (no budget).
 */
export type FuturesPool = "derivatives" | "history" | "public";

/** Runtime policy for one Kraken Derivatives REST operation, read from openapi.futures.json. */
export interface FuturesOperationRow {
  /** operationId, e.g. \`sendOrder\`. */
  readonly operationId: string;
  /** HTTP method. */
  readonly method: "get" | "post" | "put" | "delete";
  /** Full request path on \`https://futures.kraken.com\`, with \`{name}\` placeholders for path parameters. */
  readonly path: string;
  /** Public or private (signed with APIKey/Authent). */
  readonly auth: OperationAuth;
  /** Key access needed (\`general-read-only\`, \`general-full-access\`, \`withdrawal-full-access\`, \`any\`), or null. */
  readonly permission: string | null;
  /** Cost in the operation's pool, or the name of a rule in {@link futuresCostRules}; 0 when free. */
  readonly cost: number | FuturesCostRule;
  /** Budget the cost is drawn from. */
  readonly pool: FuturesPool;
  /** Retry class. */
  readonly retry: RetryClass;
  /** How the non-path parameters travel: URL query, form body, or JSON body. */
  readonly encoding: BodyEncoding;
  /** Parameters whose value is sent as JSON text (\`json\` of sendBatchOrder and simulatePortfolio). */
  readonly jsonParams: readonly string[];
  /** True when the answer has Kraken's \`result\`/\`serverTime\` envelope (every /derivatives path). */
  readonly envelope: boolean;
  /** Keys whose number value is money: read with the exact-JSON reader (decimal strings). */
  readonly exact: readonly string[];
  /** Keys whose value is an array or map of money numbers (any depth): every number inside is money. */
  readonly exactDeep: readonly string[];
}
`;

/** TSDoc line for a row: the summary, with comment terminators defused. */
function rowDoc(row) {
  return row.summary ? `  /** ${row.summary.replace(/\*\//g, "*\\/")} */\n` : "";
}

function renderRow(row) {
  const lines = FIELDS.map((f) => `    ${f}: ${JSON.stringify(row[f])},`);
  return `${rowDoc(row)}  ${row.operationId}: {\n${lines.join("\n")}\n  },`;
}

/** Renders generated/futures/operations.ts: the table, the pools and the cost rules. */
export function renderFuturesOperationsModule(rows, spec) {
  const pools = Object.fromEntries(
    Object.entries(spec["x-kraken-pools"] ?? {}).map(([name, { description: _d, ...p }]) => [name, p]),
  );
  const rules = Object.fromEntries(
    Object.entries(spec["x-kraken-cost-rules"] ?? {}).map(([name, { description: _d, ...r }]) => [name, r]),
  );
  return `${FUTURES_BANNER}

${PREAMBLE}
/** Every Kraken Derivatives REST operation described in openapi.futures.json, keyed by operationId (sorted). */
export const futuresOperations = {
${rows.map(renderRow).join("\n")}
} as const satisfies Record<string, FuturesOperationRow>;

/** The type of {@link futuresOperations}: one literal row per operation. */
export type FuturesOperations = typeof futuresOperations;

/** The operationId of any described Derivatives operation. */
export type FuturesOperationId = keyof FuturesOperations;

/**
 * Budgets of the pools (\`x-kraken-pools\`): at most \`capacity\` cost units; \`refill\` units come back
 * per \`refillIntervalMs\`, continuously.
 */
export const futuresPools = ${JSON.stringify(pools, null, 2)} as const;

/**
 * Cost rules (\`x-kraken-cost-rules\`). \`batchorder\`: \`base\` plus \`perItem\` per element of
 * \`items\` (a path into the parameters). \`fills\`: \`base\`, or the \`whenPresent\` cost when that
 * parameter is given. \`accountlog\`: the cost of the first tier whose \`upTo\` is at least \`parameter\`
 * (\`default\` when absent).
 */
export const futuresCostRules = ${JSON.stringify(rules, null, 2)} as const;
`;
}

/** Renders generated/futures/index.ts, which re-exports the schema types and the table. */
export function renderFuturesIndexModule() {
  return `${FUTURES_BANNER}

export type { FuturesCostRule, FuturesOperationId, FuturesOperationRow, FuturesOperations, FuturesPool } from "./operations.js";
export { futuresCostRules, futuresOperations, futuresPools } from "./operations.js";
export type {
  FuturesCallOptions,
  FuturesOperationArgs,
  FuturesOperationMethods,
  FuturesOperationParams,
  FuturesOperationResult,
} from "./methods.js";
export type {
  components as FuturesComponents,
  operations as FuturesOperationTypes,
  paths as FuturesPaths,
} from "./schema.js";
`;
}
