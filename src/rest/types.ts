// Maps the generated openapi-typescript `operations` to facade parameter and result types.
import type { OperationId, OperationTypes } from "../../generated/index.js";
import type { CallOptions } from "./options.js";

type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;
type BodyOf<Op> = Op extends { requestBody?: infer RB } ? ContentOf<NonNullable<RB>> : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type WithoutSecrets<T> = T extends unknown ? Omit<T, "nonce" | "otp"> : never;
type JsonOf<Op> = Op extends { responses: { 200: { content: infer C } } }
  ? C extends { "application/json": infer J }
    ? J
    : never
  : never;
type ResultIn<J> = J extends { result?: infer R } ? R : never;

/**
 * Parameters of an operation as the facade takes them: the request body without `nonce` and `otp`
 * (private calls) or the query parameters (public calls).
 * @example
 * ```ts
 * const params: OperationParams<"getOrderBook"> = { pair: "XBTUSD", count: 10 };
 * const depth = await rest.request("getOrderBook", params);
 * ```
 */
export type OperationParams<Id extends OperationId> = [BodyOf<OperationTypes[Id]>] extends [never]
  ? [QueryOf<OperationTypes[Id]>] extends [never]
    ? Record<string, never>
    : QueryOf<OperationTypes[Id]>
  : WithoutSecrets<BodyOf<OperationTypes[Id]>>;

/**
 * The unwrapped `result` of an operation (`ArrayBuffer` for binary downloads such as RetrieveExport).
 * @example
 * ```ts
 * const balances: OperationResult<"getAccountBalance"> = await rest.getAccountBalance();
 * balances.ZUSD; // "1000.0000"
 * ```
 */
export type OperationResult<Id extends OperationId> = [
  NonNullable<ResultIn<JsonOf<OperationTypes[Id]>>>,
] extends [never]
  ? ArrayBuffer
  : NonNullable<ResultIn<JsonOf<OperationTypes[Id]>>>;

/**
 * Argument list of a facade method: params optional when every parameter is.
 * @example
 * ```ts
 * const args: OperationArgs<"addOrder"> = [
 *   { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "37500", volume: "1.25" },
 *   { timeoutMs: 5000 },
 * ];
 * await rest.addOrder(...args);
 * ```
 */
export type OperationArgs<Id extends OperationId> =
  Record<string, never> extends OperationParams<Id>
    ? [params?: OperationParams<Id>, options?: CallOptions]
    : [params: OperationParams<Id>, options?: CallOptions];

/**
 * One method per operationId, e.g. `rest.getServerTime()`, `rest.addOrder({...})`.
 * @example
 * ```ts
 * type Trading = Pick<OperationMethods, "addOrder" | "cancelOrder">; // a narrow surface to inject or mock
 * const trading: Trading = new KrakenRest({ apiKey, apiSecret });
 * await trading.cancelOrder({ txid: "OUF4EM-FRGI2-MQMWZD" });
 * ```
 */
export type OperationMethods = {
  [Id in OperationId]: (...args: OperationArgs<Id>) => Promise<OperationResult<Id>>;
};

/**
 * A call's result with its metadata.
 * @example
 * ```ts
 * const { result, warnings, attempts } = await rest.call("getTickerInformation", { pair: "XBTUSD" });
 * if (warnings.length > 0) console.warn(warnings, `after ${attempts} attempt(s)`);
 * ```
 */
export interface CallResult<R> {
  /** The unwrapped `result`. */
  result: R;
  /** `W...` strings Kraken sent with the result (warnings, not failures). */
  warnings: string[];
  /** Attempts made, retries included. */
  attempts: number;
}
