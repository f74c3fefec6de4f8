// Renders generated/futures/methods.ts from the Derivatives operation table: the facade's parameter
// and result types and one typed method signature per operation, with TSDoc (summary, key access,
// rate-limit cost, retry class). Pure: generate.mjs does the file I/O.
import { FUTURES_BANNER } from "./futures-table.mjs";

const RETRY_DOC = {
  safe: "safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)",
  unsent: "unsent (resent only when it certainly never reached Kraken)",
  never:
    "never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)",
};

function costDoc(row) {
  if (row.pool === "public") return "free (public)";
  const cost = typeof row.cost === "number" ? String(row.cost) : `by the \`${row.cost}\` rule`;
  return `${cost} from the \`${row.pool}\` budget`;
}

function methodDoc(row) {
  const safe = (text) => text.replace(/\*\//g, "*\\/");
  const lines = [
    row.summary ? safe(row.summary) : row.operationId,
    "",
    `\`${row.method.toUpperCase()} ${row.path}\` (${row.auth}).`,
    `- Key access: ${row.permission ? `\`${row.permission}\`` : "none"}`,
    `- Rate-limit cost: ${costDoc(row)}`,
    `- Retry: ${RETRY_DOC[row.retry]}`,
  ];
  return `  /**\n${lines.map((l) => (l ? `   * ${l}` : "   *")).join("\n")}\n   */\n`;
}

const PREAMBLE = `import type { operations } from "./schema.js";

/**
 * Options of one Derivatives call.
 * @example
 * \`\`\`ts
 * await futures.getTickers(undefined, { signal: AbortSignal.timeout(5_000), timeoutMs: 2_000 });
 * \`\`\`
 */
export interface FuturesCallOptions {
  /** Cancels waiting, retries and the request in flight. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, in ms. */
  timeoutMs?: number;
  /** \`false\` skips the order-rule check of loaded markets (\`loadFuturesMarkets\`) for this call. */
  checkRules?: boolean;
  /** The contract of an \`editOrderSpring\` (or a batch's edits), which names none, so its price and size can be checked. */
  market?: string;
}

type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;
type BodyOf<Op> = Op extends { requestBody?: infer RB } ? ContentOf<NonNullable<RB>> : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type PathOf<Op> = Op extends { parameters: { path?: infer P } } ? NonNullable<P> : never;
type Part<T> = [T] extends [never] ? unknown : T;
type Merge<T> = { [K in keyof T]: T[K] };
type AnswerOf<Op> = Op extends { responses: { 200: { content: infer C } } } ? C : never;

/**
 * Parameters of a Derivatives operation as the facade takes them: Kraken's names, path, query and body
 * parameters in one object.
 * @example
 * \`\`\`ts
 * const order: FuturesOperationParams<"sendOrder"> = { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1", limitPrice: "65000" };
 * \`\`\`
 */
export type FuturesOperationParams<Id extends keyof operations> = Merge<
  Part<PathOf<operations[Id]>> & Part<QueryOf<operations[Id]>> & Part<BodyOf<operations[Id]>>
>;

/**
 * The answer of a Derivatives operation (a refusal \`{"result":"error"}\` rejects instead): money values
 * are exact decimal strings; CSV downloads are text.
 * @example
 * \`\`\`ts
 * const { tickers }: FuturesOperationResult<"getTickers"> = await futures.getTickers();
 * \`\`\`
 */
export type FuturesOperationResult<Id extends keyof operations> =
  AnswerOf<operations[Id]> extends { "application/json": infer J }
    ? Exclude<J, { result: "error" }>
    : string;

/**
 * Argument list of a facade method: params optional when every parameter is.
 * @example
 * \`\`\`ts
 * const args: FuturesOperationArgs<"getOrderbook"> = [{ symbol: "PF_XBTUSD" }, { timeoutMs: 2_000 }];
 * \`\`\`
 */
export type FuturesOperationArgs<Id extends keyof operations> =
  Record<string, never> extends FuturesOperationParams<Id>
    ? [params?: FuturesOperationParams<Id>, options?: FuturesCallOptions]
    : [params: FuturesOperationParams<Id>, options?: FuturesCallOptions];
`;

/** Renders generated/futures/methods.ts. */
export function renderFuturesMethodsModule(rows) {
  const methods = rows
    .map(
      (row) =>
        `${methodDoc(row)}  ${row.operationId}(...args: FuturesOperationArgs<"${row.operationId}">): Promise<FuturesOperationResult<"${row.operationId}">>;`,
    )
    .join("\n");
  return `${FUTURES_BANNER}

${PREAMBLE}
/**
 * One method per Derivatives operation, e.g. \`futures.getTickers()\`, \`futures.sendOrder({...})\`.
 * @example
 * \`\`\`ts
 * type Trading = Pick<FuturesOperationMethods, "sendOrder" | "cancelOrder">; // a narrow surface to inject or mock
 * \`\`\`
 */
export interface FuturesOperationMethods {
${methods}
}
`;
}
