// Builds the operation table (one row of runtime policy per operation) from openapi.json and renders it
// as a TypeScript module. Pure functions: generate.mjs does the file I/O, the tests call these directly.

const METHODS = ["get", "post", "put", "delete", "patch"];
const AUTH = ["public", "private"];
const RETRY = ["safe", "unsent", "never"];
const ENCODING = ["query", "form", "json"];
const PERMISSION = /^[a-z]+(-[a-z]+)*$/;

/** Banner placed at the top of every generated file. No timestamp, so output is byte-for-byte stable. */
export const BANNER = [
  "/**",
  " * DO NOT EDIT. This file is generated from openapi.json by `npm run codegen` (codegen/generate.mjs).",
  " * Change openapi.json or the generator instead, then run `npm run codegen` and commit the result.",
  " */",
].join("\n");

/** Stops code generation with the place and what is wrong (shared with futures-table.mjs). */
export function fail(where, message) {
  throw new Error(`codegen: ${where}: ${message}`);
}

/** `value` when it is one of `allowed`, otherwise a codegen failure naming the field. */
export function oneOf(where, name, value, allowed) {
  if (!allowed.includes(value)) {
    fail(
      where,
      `${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function readRow(path, method, op) {
  const where = `${method.toUpperCase()} ${path}`;
  const operationId = op.operationId;
  if (typeof operationId !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(operationId)) {
    fail(where, `missing or invalid operationId (${JSON.stringify(operationId)})`);
  }
  const at = `${where} (${operationId})`;
  for (const key of [
    "x-kraken-auth",
    "x-kraken-permission",
    "x-kraken-cost",
    "x-kraken-retry",
    "x-kraken-encoding",
  ]) {
    if (!(key in op)) fail(at, `missing ${key}`);
  }
  const permission = op["x-kraken-permission"];
  if (permission !== null && (typeof permission !== "string" || !PERMISSION.test(permission))) {
    fail(at, `x-kraken-permission must be null or a kebab-case code, got ${JSON.stringify(permission)}`);
  }
  const cost = op["x-kraken-cost"];
  if (cost !== "engine" && !(typeof cost === "number" && Number.isFinite(cost) && cost >= 0)) {
    fail(at, `x-kraken-cost must be a non-negative number or "engine", got ${JSON.stringify(cost)}`);
  }
  const summary = op.summary ?? "";
  if (typeof summary !== "string") fail(at, "summary must be a string");
  return {
    operationId,
    method: oneOf(at, "method", method, ["get", "post"]),
    path,
    auth: oneOf(at, "x-kraken-auth", op["x-kraken-auth"], AUTH),
    permission,
    cost,
    retry: oneOf(at, "x-kraken-retry", op["x-kraken-retry"], RETRY),
    encoding: oneOf(at, "x-kraken-encoding", op["x-kraken-encoding"], ENCODING),
    summary: summary.trim(),
  };
}

/**
 * Reads every operation of an OpenAPI document into table rows, sorted by operationId.
 * Throws with the operation named when an operationId or an x-kraken-* extension is missing or invalid.
 */
export function buildOperationTable(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (op) rows.push(readRow(path, method, op));
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

const PREAMBLE = `/** Who may call an operation: anyone, or only a signed request with an API key. */
export type OperationAuth = "public" | "private";

/**
 * When a failed call may be retried: \`safe\` on any retryable failure; \`unsent\` only when the request
 * certainly did not reach Kraken; \`never\` not at all.
 */
export type RetryClass = "safe" | "unsent" | "never";

/** How the request parameters travel: URL query, form-urlencoded body, or JSON body. */
export type BodyEncoding = "query" | "form" | "json";

/** Runtime policy for one Kraken REST operation, read from the x-kraken-* extensions of openapi.json. */
export interface OperationRow {
  /** Kraken's operationId, e.g. \`addOrder\`. */
  readonly operationId: string;
  /** HTTP method. */
  readonly method: "get" | "post";
  /** Path below the server URL, e.g. \`/private/AddOrder\`. */
  readonly path: string;
  /** Public or private (signed). */
  readonly auth: OperationAuth;
  /** API-key permission code (kebab-case), or null when none is needed. */
  readonly permission: string | null;
  /** REST call-counter cost; \`"engine"\` means the trading-engine limiter applies instead; 0 for public. */
  readonly cost: number | "engine";
  /** Retry class. */
  readonly retry: RetryClass;
  /** Request encoding. */
  readonly encoding: BodyEncoding;
}

/** Type-level check that every row of the table is an {@link OperationRow}; costs nothing at runtime. */
type Rows<T extends { readonly [K in keyof T]: OperationRow }> = T;

/**
 * Unpacks the compact table text: rows separated by ",", fields by " " in {@link OperationRow} order,
 * "-" for a null permission. A path not starting with "/" is relative to \`/<auth>/\`, and an empty
 * one is the operationId capitalised (\`addOrder\` -> \`/private/AddOrder\`). Runs once at import;
 * the packed form keeps browser bundles small.
 */
function unpack(text: string): Operations {
  const table: Record<string, OperationRow> = {};
  for (const line of text.split(",")) {
    const [operationId, method, path, auth, permission, cost, retry, encoding] = line.split(" ") as [
      string,
      OperationRow["method"],
      string,
      OperationAuth,
      string,
      string,
      RetryClass,
      BodyEncoding,
    ];
    table[operationId] = {
      operationId,
      method,
      path: path[0] === "/" ? path : \`/\${auth}/\${path || operationId[0]?.toUpperCase() + operationId.slice(1)}\`,
      auth,
      permission: permission === "-" ? null : permission,
      cost: cost === "engine" ? cost : Number(cost),
      retry,
      encoding,
    };
  }
  return table as unknown as Operations;
}
`;

/** TSDoc line for a row: the summary from openapi.json, with comment terminators defused. */
function rowDoc(row) {
  return row.summary ? `  /** ${row.summary.replace(/\*\//g, "*\\/")} */\n` : "";
}

function renderRowType(row) {
  const fields = ["operationId", "method", "path", "auth", "permission", "cost", "retry", "encoding"];
  const lines = fields.map((f) => `    readonly ${f}: ${JSON.stringify(row[f])};`);
  return `${rowDoc(row)}  readonly ${row.operationId}: {\n${lines.join("\n")}\n  };`;
}

/** The path as packed: relative to `/<auth>/`, and empty when it is the capitalised operationId. */
function packPath(row) {
  const prefix = `/${row.auth}/`;
  if (!row.path.startsWith(prefix) || row.path.length === prefix.length) return row.path;
  const rest = row.path.slice(prefix.length);
  return rest === row.operationId[0].toUpperCase() + row.operationId.slice(1) ? "" : rest;
}

/** One row of the packed runtime text (see `unpack` in the rendered module). */
function packRow(row) {
  if (/[\s,]/.test(row.path)) fail(row.operationId, `cannot pack ${JSON.stringify(row.path)}`);
  const fields = [
    row.operationId,
    row.method,
    packPath(row),
    row.auth,
    row.permission ?? "-",
    row.cost,
    row.retry,
  ];
  fields.push(row.encoding);
  // only the packed path (index 2) may be empty: it means "the capitalised operationId"
  fields.forEach((f, i) => {
    if (/[\s,]/.test(String(f)) || (f === "" && i !== 2))
      fail(row.operationId, `cannot pack ${JSON.stringify(f)}`);
  });
  return fields.join(" ");
}

/**
 * Renders the operation table module (generated/operations.ts): the literal row types (with each
 * summary as TSDoc) and a packed runtime text, so summaries and repeated keys cost no bundle bytes.
 */
export function renderOperationsModule(rows) {
  const body = rows.length ? `\n${rows.map(renderRowType).join("\n")}\n` : "";
  const packed = rows.map(packRow).join(",");
  return `${BANNER}

${PREAMBLE}
/**
 * The type of {@link operations}: one literal row per operation, so \`operations.addOrder.cost\` is
 * \`"engine"\`, not \`number | "engine"\`.
 */
export type Operations = Rows<{${body}}>;

/** Every Kraken REST operation described in openapi.json, keyed by operationId (sorted). */
export const operations: Operations = /* @__PURE__ */ unpack(${JSON.stringify(packed)});

/** The operationId of any described operation. */
export type OperationId = keyof typeof operations;
`;
}

/** Renders generated/index.ts, which re-exports the schema types and the operation table. */
export function renderIndexModule() {
  return `${BANNER}

export type { components, operations as OperationTypes, paths } from "./schema.js";
export type {
  BodyEncoding,
  OperationAuth,
  OperationId,
  OperationRow,
  Operations,
  RetryClass,
} from "./operations.js";
export { operations } from "./operations.js";
export type * from "./methods.js";
`;
}
