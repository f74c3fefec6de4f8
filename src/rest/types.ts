// Facade parameter and result types: the named per-operation types generated from openapi.json.
import type {
  OperationId,
  OperationParamsMap,
  OperationResultMap,
  RestMethods,
} from "../../generated/index.js";
import type { CallOptions } from "./options.js";

/**
 * Parameters of an operation as the facade takes them, e.g. `OperationParams<"addOrder">` is
 * `AddOrderParams`: the request body without `nonce` and `otp` (private calls; the SDK adds both) or
 * the query parameters (public calls).
 * @example
 * ```ts
 * const params: OperationParams<"getOrderBook"> = { pair: "XBTUSD", count: 10 };
 * const depth = await rest.request("getOrderBook", params);
 * ```
 */
export type OperationParams<Id extends OperationId> = OperationParamsMap[Id];

/**
 * The unwrapped `result` of an operation, e.g. `OperationResult<"getServerTime">` is
 * `GetServerTimeResult` (`ArrayBuffer` for binary downloads such as RetrieveExport).
 * @example
 * ```ts
 * const balances: OperationResult<"getAccountBalance"> = await rest.getAccountBalance();
 * balances.ZUSD; // "1000.0000"
 * ```
 */
export type OperationResult<Id extends OperationId> = OperationResultMap[Id];

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
 * One documented method per operationId, e.g. `rest.getServerTime()`, `rest.addOrder({...})`; hover a
 * method for its parameters, permission, rate-limit cost, retry class, errors and Kraken's page.
 * @example
 * ```ts
 * type Trading = Pick<OperationMethods, "addOrder" | "cancelOrder">; // a narrow surface to inject or mock
 * const trading: Trading = new KrakenRest({ apiKey, apiSecret });
 * await trading.cancelOrder({ txid: "OUF4EM-FRGI2-MQMWZD" });
 * ```
 */
export interface OperationMethods extends RestMethods<CallOptions> {}

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
