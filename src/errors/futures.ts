// Kraken Derivatives errors: `{"result":"error"}` answers and refused order statuses.
import type { KrakenApiErrorKind } from "./api.js";
import { KrakenError } from "./base.js";

/**
 * How the SDK reacts to one Derivatives error code.
 * @example
 * ```ts
 * futuresRuleFor("apiLimitExceeded"); // { kind: "rate-limit", retryable: true, notProcessed: true }
 * ```
 */
export interface FuturesErrorRule {
  kind: KrakenApiErrorKind;
  retryable: boolean;
  outcomeUnknown?: boolean;
  notProcessed?: boolean;
}

// Kraken's Derivatives error codes ("Derivatives REST" errors page); unknown codes are not retried.
const FUTURES_RULES: Record<string, FuturesErrorRule> = {
  apiLimitExceeded: { kind: "rate-limit", retryable: true, notProcessed: true },
  authenticationError: { kind: "auth", retryable: false },
  accountInactive: { kind: "auth", retryable: false },
  nonceBelowThreshold: { kind: "nonce", retryable: true, notProcessed: true },
  nonceDuplicate: { kind: "nonce", retryable: true, notProcessed: true },
  requiredArgumentMissing: { kind: "invalid-arguments", retryable: false },
  invalidArgument: { kind: "invalid-arguments", retryable: false },
  invalidUnit: { kind: "invalid-arguments", retryable: false },
  invalidAmount: { kind: "invalid-arguments", retryable: false },
  "Json Parse Error": { kind: "invalid-arguments", retryable: false },
  insufficientFunds: { kind: "funds", retryable: false },
  notFound: { kind: "query", retryable: false },
  marketUnavailable: { kind: "unavailable", retryable: false },
  Unavailable: { kind: "unavailable", retryable: true, outcomeUnknown: true },
  "Server Error": { kind: "internal", retryable: true, outcomeUnknown: true },
};

/**
 * The reaction rule of a Derivatives error code.
 * @example
 * ```ts
 * futuresRuleFor("nonceBelowThreshold").kind; // "nonce": resent once with a fresh nonce
 * ```
 */
export function futuresRuleFor(code: string): FuturesErrorRule {
  return FUTURES_RULES[code] ?? { kind: "other", retryable: false };
}

/**
 * Options of {@link KrakenFuturesApiError}.
 * @example
 * ```ts
 * new KrakenFuturesApiError({ krakenCode: "invalidArgument", operationId: "sendOrder" });
 * ```
 */
export interface KrakenFuturesApiErrorOptions {
  /** Kraken's `error` code, e.g. `apiLimitExceeded`. */
  krakenCode: string;
  /** Kraken's `message`, when it sent one. */
  krakenMessage?: string | undefined;
  /** HTTP status of the answer. */
  status?: number;
  operationId?: string | undefined;
  attempts?: number;
}

/**
 * Kraken Derivatives answered `{"result":"error","error":"<code>"}`.
 * @example
 * ```ts
 * try { await futures.getAccounts(); } catch (e) {
 *   if (e instanceof KrakenFuturesApiError && e.krakenCode === "authenticationError") console.error("check the Derivatives key");
 * }
 * ```
 */
export class KrakenFuturesApiError extends KrakenError {
  /** Kraken's error code as sent, e.g. `apiLimitExceeded`, `nonceBelowThreshold`, `invalidArgument`. */
  readonly krakenCode: string;
  /** Kraken's `message`, when it sent one. */
  readonly krakenMessage: string | undefined;
  /** Broad reason, as for Spot errors. */
  readonly kind: KrakenApiErrorKind;
  /** True when the request may have taken effect despite the error (`Unavailable`, `Server Error`). */
  readonly outcomeUnknown: boolean;
  /** Kraken refused the request before processing it (rate limit, nonce). */
  readonly notProcessed: boolean;
  /** Never set for Derivatives (Kraken names no retry time). */
  readonly retryAt: number | undefined = undefined;
  /** HTTP status of the answer. */
  readonly status: number;
  readonly operationId: string | undefined;
  readonly attempts: number;

  constructor(options: KrakenFuturesApiErrorOptions) {
    const rule = futuresRuleFor(options.krakenCode);
    const where = options.operationId ? `${options.operationId}: ` : "";
    const detail = options.krakenMessage ? ` (${options.krakenMessage.slice(0, 200)})` : "";
    super(`${where}Kraken error ${options.krakenCode}${detail}`, {
      code: options.krakenCode,
      category: rule.kind === "rate-limit" ? "rate-limit" : "api",
      retryable: rule.retryable,
      reachedKraken: "yes",
    });
    this.krakenCode = options.krakenCode;
    this.krakenMessage = options.krakenMessage;
    this.kind = rule.kind;
    this.outcomeUnknown = rule.outcomeUnknown ?? false;
    this.notProcessed = rule.notProcessed ?? false;
    this.status = options.status ?? 200;
    this.operationId = options.operationId;
    this.attempts = options.attempts ?? 1;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      krakenCode: this.krakenCode,
      krakenMessage: this.krakenMessage,
      kind: this.kind,
      status: this.status,
      operationId: this.operationId,
      attempts: this.attempts,
    };
  }
}

/**
 * Options of {@link KrakenOrderRejectedError}.
 * @example
 * ```ts
 * new KrakenOrderRejectedError({ status: "invalidSize", operationId: "sendOrder", cliOrdId: "my-1" });
 * ```
 */
export interface KrakenOrderRejectedErrorOptions {
  /** Kraken's status, e.g. `insufficientAvailableFunds`, `postWouldExecute`. */
  status: string;
  operationId: string;
  orderId?: string | undefined;
  cliOrdId?: string | undefined;
  /** For a batch: position of the refused instruction in `batchOrder`. */
  index?: number | undefined;
  /** The whole answer (for a batch: which instructions did succeed). */
  answer?: unknown;
}

/**
 * Kraken answered `result: success` but refused the order: `sendStatus`, `editStatus`,
 * `cancelStatus` or a batch element's `status` is not a success. Nothing was placed, edited or
 * cancelled by the refused instruction.
 * @example
 * ```ts
 * try { await futures.sendOrder(order); } catch (e) {
 *   if (e instanceof KrakenOrderRejectedError && e.status === "postWouldExecute") await repriceAndRetry();
 * }
 * ```
 */
export class KrakenOrderRejectedError extends KrakenError {
  /** Kraken's refusal status. */
  readonly status: string;
  /** Kraken's order id, when the answer named one. */
  readonly orderId: string | undefined;
  /** The client order id concerned. */
  readonly cliOrdId: string | undefined;
  /** For a batch: index of the refused instruction. */
  readonly index: number | undefined;
  readonly operationId: string;
  /** The whole answer, exact decimals kept. */
  readonly answer: unknown;

  constructor(options: KrakenOrderRejectedErrorOptions) {
    const at = options.index === undefined ? "" : ` (instruction ${options.index})`;
    super(`${options.operationId}: order refused: ${options.status}${at}`, {
      code: options.status,
      category: "api",
      retryable: false,
      reachedKraken: "yes",
    });
    this.status = options.status;
    this.orderId = options.orderId;
    this.cliOrdId = options.cliOrdId;
    this.index = options.index;
    this.operationId = options.operationId;
    this.answer = options.answer;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      orderId: this.orderId,
      cliOrdId: this.cliOrdId,
      index: this.index,
      operationId: this.operationId,
    };
  }
}
