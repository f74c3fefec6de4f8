// Renders generated/methods.ts (named params/result types and one documented method per operation,
// types only: nothing of it reaches a bundle) and docs/rest-methods.md, both from openapi.json.
import { fail } from "./operation-table.mjs";

/** Kraken's names of the API-key permissions, by the kebab-case code openapi.json uses. */
export const PERMISSION_LABELS = {
  "funds-query": "Funds permissions - Query",
  "funds-deposit": "Funds permissions - Deposit",
  "funds-withdraw": "Funds permissions - Withdraw",
  "orders-query-open": "Orders and trades - Query open orders & trades",
  "orders-query-closed": "Orders and trades - Query closed orders & trades",
  "orders-create-modify": "Orders and trades - Create & modify orders",
  "orders-cancel": "Orders and trades - Cancel & close orders",
  "ledger-query": "Data - Query ledger entries",
  "export-data": "Data - Export data",
  websocket: "WebSocket interface - On",
  earn: "Earn Funds",
  none: "none (any valid key)",
};

/** Errors any operation can give, added to each operation's own `x-kraken-errors`. */
const COMMON_ERRORS = [
  "EGeneral:Invalid arguments",
  "EGeneral:Internal error",
  "EService:Unavailable",
  "EService:Busy",
];
/** Errors of signed calls. */
const PRIVATE_ERRORS = [
  "EAPI:Invalid key",
  "EAPI:Invalid signature",
  "EAPI:Invalid nonce",
  "EGeneral:Permission denied",
];
const ERROR_CODE = /^E[A-Za-z]+:[^\n]+$/;

const RETRY_TEXT = {
  safe: "`safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).",
  unsent:
    "`unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.",
  never:
    "`never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).",
};

const BANNER = [
  "/**",
  " * DO NOT EDIT. This file is generated from openapi.json by `npm run codegen` (codegen/methods-module.mjs).",
  " * Change openapi.json or the generator instead, then run `npm run codegen` and commit the result.",
  " */",
].join("\n");

const pascal = (id) => id[0].toUpperCase() + id.slice(1);

function deref(spec, schema) {
  let s = schema;
  for (let i = 0; s?.$ref && i < 10; i++) {
    const m = /^#\/components\/schemas\/(.+)$/.exec(s.$ref);
    if (!m) fail(s.$ref, "only #/components/schemas refs are supported");
    s = spec.components.schemas[m[1]];
  }
  return s ?? {};
}

/** Text made safe inside a TSDoc block: no comment terminator, no accidental tags, no line breaks. */
function docText(text) {
  return String(text ?? "")
    .replace(/\*\//g, "*\\/")
    .replace(/@/g, "\\@")
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

/** A property's description with its enum values and default spelled out. */
function propertyDoc(spec, schema) {
  const own = schema ?? {};
  const target = deref(spec, own);
  const parts = [docText(own.description ?? target.description)];
  const items = deref(spec, target.items);
  const values = target.enum ?? (target.type === "array" ? items.enum : undefined);
  if (values) parts.push(`One of: ${values.map((v) => `\`${v}\``).join(", ")}.`);
  const dflt = own.default ?? target.default;
  if (dflt !== undefined) parts.push(`Default: \`${JSON.stringify(dflt)}\`.`);
  return parts.filter(Boolean).join(" ");
}

function block(indent, lines) {
  const pad = " ".repeat(indent);
  if (lines.length === 1) return `${pad}/** ${lines[0]} */\n`;
  return `${pad}/**\n${lines.map((l) => (l ? `${pad} * ${l}` : `${pad} *`)).join("\n")}\n${pad} */\n`;
}

/** A plausible value of a schema, written as TypeScript, for the generated examples. */
function sample(spec, schema, name) {
  const target = deref(spec, schema);
  const given =
    schema?.example ?? schema?.examples?.[0] ?? target.example ?? target.examples?.[0] ?? target.enum?.[0];
  if (given !== undefined && typeof given !== "object") return JSON.stringify(given);
  const type = [target.type].flat()[0];
  if (type === "integer" || type === "number") return "1";
  if (type === "boolean") return "true";
  if (type === "array") return `[${sample(spec, target.items ?? {}, name)}]`;
  if (type === "object") return "{}";
  if (/pair/.test(name)) return '"XBTUSD"';
  if (/asset/.test(name)) return '"XBT"';
  if (/amount|volume|price|qty/.test(name)) return '"1.0"';
  return `"${name}"`;
}

/** The request fields of an operation: body properties (without nonce and otp) or query parameters. */
function readFields(spec, op, where) {
  const content = op.requestBody?.content;
  if (content) {
    const [type, media] = Object.entries(content)[0];
    const schema = deref(spec, media.schema);
    const required = new Set(schema.required ?? []);
    const oneOf = op["x-kraken-required-one-of"] ?? [];
    for (const name of oneOf)
      if (!schema.properties?.[name]) fail(where, `x-kraken-required-one-of names unknown ${name}`);
    const fields = Object.entries(schema.properties ?? {})
      .filter(([name]) => name !== "nonce" && name !== "otp")
      .map(([name, prop]) => ({
        name,
        required: required.has(name),
        doc: propertyDoc(spec, prop),
        sample: sample(spec, prop, name),
      }));
    return {
      source: `NonNullable<Ops[OP]["requestBody"]>["content"][${JSON.stringify(type)}]`,
      fields,
      oneOf,
      note: schema.description,
    };
  }
  const query = (op.parameters ?? []).filter((p) => p.in === "query");
  const fields = query.map((p) => ({
    name: p.name,
    required: p.required === true,
    doc: propertyDoc(spec, { description: p.description, ...p.schema }),
    sample: p.example !== undefined ? JSON.stringify(p.example) : sample(spec, p.schema ?? {}, p.name),
  }));
  return { source: `NonNullable<Ops[OP]["parameters"]["query"]>`, fields, oneOf: [], note: undefined };
}

/** What the result is: an object (rendered as an interface), another JSON value, or a binary download. */
function readResult(spec, op) {
  const json = op.responses?.["200"]?.content?.["application/json"]?.schema;
  const envelope = deref(spec, json);
  const result = envelope.properties?.result;
  if (!result) return { kind: "binary", doc: docText(op.responses?.["200"]?.description) };
  const target = deref(spec, result);
  // an interface can extend a plain object type, not one mixing named keys with an index signature
  const plain = !target.oneOf && !target.anyOf && !target.allOf && !target.additionalProperties;
  const object = (target.type === "object" || target.properties) && plain;
  return { kind: object ? "object" : "value", doc: docText(result.description ?? target.description) };
}

/** One operation, everything the renderers need. */
function readOperation(spec, row) {
  const op = spec.paths[row.path][row.method];
  const where = row.operationId;
  const errors = op["x-kraken-errors"];
  if (!Array.isArray(errors) || errors.some((e) => typeof e !== "string" || !ERROR_CODE.test(e))) {
    fail(where, "x-kraken-errors must be a list of Kraken error codes (E<Class>:<Description>)");
  }
  const url = op.externalDocs?.url;
  if (typeof url !== "string" || !url.startsWith("https://docs.kraken.com/")) {
    fail(where, "externalDocs.url must link to Kraken's page at https://docs.kraken.com/");
  }
  const rule = op["x-kraken-permission-rule"];
  const codes = [row.permission, ...(rule?.all ?? []), ...(rule?.any ?? [])].filter((c) => c !== null);
  for (const code of codes) if (!PERMISSION_LABELS[code]) fail(where, `no label for permission ${code}`);
  const validateOmits = op["x-kraken-validate-omits"] ?? [];
  return {
    row,
    // "Rest" keeps them apart from the WebSocket trading types (AddOrderParams, ...) of the same entry
    name: `Rest${pascal(row.operationId)}`,
    tag: op.tags?.[0] ?? "Other",
    description: docText(op.description),
    url,
    errors: [...new Set([...(row.auth === "private" ? PRIVATE_ERRORS : []), ...COMMON_ERRORS, ...errors])],
    rule,
    request: readFields(spec, op, where),
    result: readResult(spec, op),
    validateOmits,
  };
}

function permissionText({ row, rule }, md = false) {
  const label = (c) => (md ? `\`${c}\`` : `\`${c}\` (${PERMISSION_LABELS[c]})`);
  if (row.permission === null) return "none (public)";
  if (rule?.all) return `all of ${rule.all.map(label).join(", ")}`;
  if (rule?.any) return `any of ${rule.any.map(label).join(", ")}`;
  return label(row.permission);
}

function costText(cost, md = false) {
  if (cost === "engine")
    return md
      ? "trading engine"
      : "the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter";
  if (cost === 0)
    return md ? "0 (per IP)" : "none on the REST call counter; Kraken limits public calls per IP";
  return md
    ? String(cost)
    : `${cost} on the REST call counter of the key (override with \`rateLimit.costs\`)`;
}

function endpoint(row) {
  const how = row.auth === "private" ? `signed ${row.encoding} body` : "query string";
  return `\`${row.method.toUpperCase()} /0${row.path}\` (${how})`;
}

function renderParams(info) {
  const { name, request, validateOmits } = info;
  const generic = validateOmits.length ? "<V extends boolean = boolean>" : "";
  const src = info.request.source.replace("OP", JSON.stringify(info.row.operationId));
  const member = (f, optional = !f.required, indent = 2) =>
    `${block(indent, [f.doc || `\`${f.name}\`.`])}${" ".repeat(indent)}${JSON.stringify(f.name).replace(/^"([A-Za-z_$][\w$]*)"$/, "$1")}${optional ? "?" : ""}: ${
      f.name === "validate" && generic ? "V" : `${src}[${JSON.stringify(f.name)}]`
    };`;
  const lines = [];
  const head = [
    `Parameters of {@link RestMethods.${info.row.operationId} | ${info.row.operationId}}${request.note ? `: ${docText(request.note)}` : "."}`,
  ];
  if (validateOmits.length)
    head.push("", "`V` is the type of `validate`: `true` makes the result a validation only.");
  head.push(...example(info));
  const rest = request.fields.filter((f) => !request.oneOf.includes(f.name));
  if (!request.oneOf.length) {
    lines.push(
      `${block(0, head)}export interface ${name}Params${generic} {\n${rest.map((f) => member(f)).join("\n")}\n}`,
    );
    return lines.join("\n");
  }
  // one of several identifying fields is required, and they exclude each other
  const variants = request.oneOf.map((id) => {
    const f = request.fields.find((x) => x.name === id);
    const others = request.oneOf.filter((o) => o !== id).map((o) => `      ${o}?: never;`);
    return `{\n${[member(f, false, 6), ...others, ...rest.map((x) => member(x, !x.required, 6))].join("\n")}\n    }`;
  });
  head.splice(1, 0, "", `Exactly one of ${request.oneOf.map((f) => `\`${f}\``).join(", ")} is required.`);
  lines.push(`${block(0, head)}export type ${name}Params =\n  | ${variants.join("\n  | ")};`);
  return lines.join("\n");
}

function renderResult(info) {
  const { name, result, validateOmits, row } = info;
  const id = JSON.stringify(row.operationId);
  const doc = [
    `Result of {@link RestMethods.${row.operationId} | ${row.operationId}}${result.doc ? `: ${result.doc}` : "."}`,
  ];
  const ex = example(info);
  if (result.kind === "binary") return `${block(0, [...doc, ...ex])}export type ${name}Result = ArrayBuffer;`;
  const base = `NonNullable<NonNullable<Ops[${id}]["responses"][200]["content"]["application/json"]["result"]>>`;
  if (result.kind === "value") return `${block(0, [...doc, ...ex])}export type ${name}Result = ${base};`;
  if (!validateOmits.length)
    return `${block(0, [...doc, ...ex])}export interface ${name}Result extends ${base} {}`;
  const keys = validateOmits.map((k) => JSON.stringify(k)).join(" | ");
  const listed = validateOmits.map((k) => `\`${k}\``).join(", ");
  const validateEx = example(info, "ValidateResult", "validate: true");
  return [
    `${block(0, [...doc, "", `Placed for real (\`validate\` absent or false): ${listed} present.`, ...ex])}export interface ${name}Result extends Omit<${base}, ${keys}>, Required<Pick<${base}, ${keys}>> {}`,
    `${block(0, [`Result of {@link RestMethods.${row.operationId} | ${row.operationId}} with \`validate: true\`: checked only, nothing placed, so no ${listed}.`, ...validateEx])}export interface ${name}ValidateResult extends Omit<${base}, ${keys}> {\n${validateOmits.map((k) => `  ${k}?: never;`).join("\n")}\n}`,
  ].join("\n");
}

/** TSDoc `@example` lines: the required params with sample values, and the call. */
function example(info, result = "Result", extra = "") {
  const { row, name, request } = info;
  const needed = request.fields.filter((f) => f.required || f.name === request.oneOf[0]);
  const fields = [
    ...needed.map(
      (f) => `${/^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : JSON.stringify(f.name)}: ${f.sample}`,
    ),
    ...(extra ? [extra] : []),
  ];
  const params = `const params: ${name}Params${info.validateOmits.length ? (extra ? "<true>" : "<false>") : ""} = { ${fields.join(", ")} };`;
  return [
    "@example",
    "```ts",
    fields.length ? params : `const params: ${name}Params = {};`,
    `const result: ${name}${result} = await rest.${row.operationId}(params);`,
    "```",
  ];
}

function resultType(info) {
  return info.validateOmits.length ? `${info.name}Result | ${info.name}ValidateResult` : `${info.name}Result`;
}

function paramsOptional(info) {
  return !info.request.oneOf.length && info.request.fields.every((f) => !f.required);
}

function renderMethod(info) {
  const { row, name, request } = info;
  const lines = [`${docText(row.summary) || row.operationId}.`, ""];
  if (info.description) lines.push(info.description, "");
  lines.push(
    `- Kraken endpoint: ${endpoint(row)}`,
    `- API-key permission: ${permissionText(info)}`,
    `- Rate-limit cost: ${costText(row.cost)}`,
    `- Retry class: ${RETRY_TEXT[row.retry]}`,
    `- Kraken errors it can give (thrown as \`KrakenApiError\`): ${info.errors.map((e) => `\`${e}\``).join(", ")}`,
    "",
  );
  const fields = request.fields.map((f) => {
    const req = request.oneOf.includes(f.name)
      ? "one of these is required"
      : f.required
        ? "required"
        : "optional";
    return `  - \`${f.name}\` (${req}): ${f.doc}`;
  });
  lines.push(`@param params - {@link ${name}Params}${fields.length ? ":" : " (none)."}`, ...fields);
  lines.push("@param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.");
  lines.push(`@returns {@link ${name}Result}${info.result.doc ? `: ${info.result.doc}` : ""}`);
  lines.push(`@see ${info.url}`);
  const opt = paramsOptional(info) ? "?" : "";
  const sig = info.validateOmits.length
    ? `${row.operationId}<V extends boolean = false>(params${opt}: ${name}Params<V>, options?: O): Promise<V extends true ? ${name}ValidateResult : ${name}Result>;`
    : `${row.operationId}(params${opt}: ${name}Params, options?: O): Promise<${name}Result>;`;
  return `${block(2, lines)}  ${sig}`;
}

/** Renders generated/methods.ts for the rows of `buildOperationTable(spec)`. */
export function renderMethodsModule(rows, spec) {
  const infos = rows.map((row) => readOperation(spec, row));
  const types = infos.map((i) => `${renderParams(i)}\n${renderResult(i)}`).join("\n\n");
  const map = (f) => infos.map((i) => `  ${i.row.operationId}: ${f(i)};`).join("\n");
  const mapExample = (what) => [
    "@example",
    "```ts",
    `const x: Operation${what}Map["getOrderBook"] = ${what === "Params" ? '{ pair: "XBTUSD" }' : 'await rest.getOrderBook({ pair: "XBTUSD" })'};`,
    "```",
  ];
  return `${BANNER}

// Named types per operation, so hovers and compiler errors name \`RestAddOrderParams\`, not the raw schema.
import type { operations as Ops } from "./schema.js";

${types}

${block(0, ["The parameters of every operation, by operationId.", ...mapExample("Params")])}export interface OperationParamsMap {
${map((i) => `${i.name}Params`)}
}

${block(0, ["The result of every operation, by operationId.", ...mapExample("Result")])}export interface OperationResultMap {
${map(resultType)}
}

/**
 * One documented method per Kraken Spot REST operation; \`O\` is the per-call options type.
 * Every method resolves to the unwrapped \`result\` and rejects with a \`KrakenError\`.
 * @example
 * \`\`\`ts
 * const methods: RestMethods<CallOptions> = new KrakenRest();
 * const { unixtime } = await methods.getServerTime();
 * \`\`\`
 */
export interface RestMethods<O> {
${infos.map(renderMethod).join("\n")}
}
`;
}

/** Renders docs/rest-methods.md: every method with its endpoint, permission, cost and retry class. */
export function renderMethodsDoc(rows, spec) {
  const infos = rows.map((row) => readOperation(spec, row));
  // sections in the order openapi.json lists its tags
  const listed = (spec.tags ?? []).map((t) => t.name);
  const tags = [...new Set([...listed, ...infos.map((i) => i.tag)])].filter((t) =>
    infos.some((i) => i.tag === t),
  );
  const out = [
    "<!-- DO NOT EDIT. Generated from openapi.json by `npm run codegen` (codegen/methods-module.mjs). -->",
    "",
    "# REST methods",
    "",
    `\`KrakenRest\` has one method per Kraken Spot REST operation (${infos.length} in all), named by the`,
    "operation's id: `rest.addOrder(params, options?)`. Each takes its named params type (`RestAddOrderParams`)",
    "and resolves to its named result type (`RestAddOrderResult`), both exported by the package; hovering a",
    "method shows its parameters, permission, cost, retry class, errors and Kraken's page.",
    "",
    "- **Permission**: the API-key permission code (Kraken's names at the end); `all of`/`any of` when",
    "  Kraken needs several or accepts either.",
    "- **Cost**: points on the key's REST call counter; `trading engine` means the per-pair trading-engine",
    "  counter instead; public calls are limited per IP.",
    "- **Retry**: `safe` retried after any retryable failure, `unsent` only when the request certainly did",
    "  not reach Kraken, `never` not at all (reconcile with `findOrder`).",
    "- Parameters Kraken added after this spec can be sent with `options.extraParams` (see",
    "  [rest.md](rest.md#parameters-the-spec-does-not-know-yet)).",
    "",
  ];
  for (const tag of tags) {
    out.push(
      `## ${tag}`,
      "",
      "| method | Kraken endpoint | permission | cost | retry | what it does |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const i of infos.filter((x) => x.tag === tag)) {
      const cell = (s) => s.replace(/\|/g, "\\|");
      out.push(
        `| [\`${i.row.operationId}\`](${i.url}) | \`${i.row.method.toUpperCase()} /0${i.row.path}\` | ${cell(permissionText(i, true))} | ${costText(i.row.cost, true)} | \`${i.row.retry}\` | ${cell(docText(i.row.summary))} |`,
      );
    }
    out.push("");
  }
  out.push("## Permission codes", "", "| code | Kraken's name |", "| --- | --- |");
  for (const [code, label] of Object.entries(PERMISSION_LABELS)) out.push(`| \`${code}\` | ${label} |`);
  return `${out.join("\n")}\n`;
}
