import { KrakenError } from "./base.js";

/**
 * Broad reason of a Kraken `EClass:Detail` error, used to decide how to react.
 * @example
 * ```ts
 * if (e instanceof KrakenApiError) {
 *   const kind: KrakenApiErrorKind = e.kind;
 *   if (kind === "funds") console.warn("not enough balance for this order");
 *   else if (kind === "permission") console.error("enable this permission on the API key");
 * }
 * ```
 */
export type KrakenApiErrorKind =
  | "invalid-arguments"
  | "auth"
  | "nonce"
  | "permission"
  | "lockout"
  | "rate-limit"
  | "engine-rate-limit"
  | "throttled"
  | "unavailable"
  | "internal"
  | "deadline"
  | "order"
  | "funds"
  | "query"
  | "other";

/**
 * One parsed Kraken error or warning string, e.g. `EGeneral:Invalid arguments:ordertype`.
 * @example
 * ```ts
 * if (e instanceof KrakenApiError) {
 *   const { errorClass, description, detail }: ParsedKrakenMessage = e.parsed;
 *   console.warn(errorClass, description, detail); // "General" "Invalid arguments" "ordertype"
 * }
 * ```
 */
export interface ParsedKrakenMessage {
  /** `"E"` for errors, `"W"` for warnings. */
  severity: "E" | "W";
  /** Class after the severity letter, e.g. `General`, `API`, `Order`. */
  errorClass: string;
  /** Description, e.g. `Invalid arguments`. */
  description: string;
  /** Text after the description, e.g. the field name or a throttle timestamp. */
  detail: string | undefined;
  /** `severity + class + ":" + description`, without the detail: a stable code. */
  code: string;
  /** The string exactly as Kraken sent it. */
  raw: string;
}

/**
 * Splits a Kraken error string into its parts. Tolerates the space Kraken sometimes puts after a colon
 * (`EService: Throttled: 1700000000`).
 * @example
 * ```ts
 * const m = parseKrakenMessage("EGeneral:Invalid arguments:ordertype");
 * m.code;   // "EGeneral:Invalid arguments"
 * m.detail; // "ordertype"
 * ```
 */
export function parseKrakenMessage(raw: string): ParsedKrakenMessage {
  const text = raw.trim();
  const severity = text.startsWith("W") ? "W" : "E";
  const parts = text.split(":").map((p) => p.trim());
  const errorClass = (parts[0] ?? "").slice(1);
  const description = parts[1] ?? "";
  const detail = parts.length > 2 ? parts.slice(2).join(":") : undefined;
  return {
    severity,
    errorClass,
    description,
    detail,
    code: `${severity}${errorClass}:${description}`,
    raw: text,
  };
}

/**
 * How the SDK reacts to one Kraken error code; returned by {@link ruleFor}.
 * @example
 * ```ts
 * const rule: KrakenApiErrorRule = ruleFor(parseKrakenMessage("EAPI:Invalid nonce"));
 * // { kind: "nonce", retryable: true, notProcessed: true }: resending cannot duplicate anything
 * ```
 */
export interface KrakenApiErrorRule {
  /** Broad reason of the error. */
  kind: KrakenApiErrorKind;
  /** Whether resending the same request could succeed. */
  retryable: boolean;
  /** The request may have been executed although Kraken answered with this error. */
  outcomeUnknown?: boolean;
  /** Kraken rejected the request before processing it, so resending cannot duplicate anything. */
  notProcessed?: boolean;
}

// Keyed by `code` (class + description). Retry semantics follow rest.md §5.2 and rate-limits.md §E.
const RULES: Record<string, KrakenApiErrorRule> = {
  "EGeneral:Invalid arguments": { kind: "invalid-arguments", retryable: false },
  "EGeneral:Temporary lockout": { kind: "lockout", retryable: false },
  "EGeneral:Permission denied": { kind: "permission", retryable: false },
  "EAPI:Permission denied": { kind: "permission", retryable: false },
  "EAccount:Invalid permissions": { kind: "permission", retryable: false },
  "EGeneral:Internal error": { kind: "internal", retryable: true, outcomeUnknown: true },
  "EDatabase:Internal error": { kind: "internal", retryable: true, outcomeUnknown: true },
  "EGeneral:Too many requests": { kind: "rate-limit", retryable: true, notProcessed: true },
  "EAPI:Invalid key": { kind: "auth", retryable: false },
  "EAPI:Invalid signature": { kind: "auth", retryable: false },
  "EAPI:Invalid nonce": { kind: "nonce", retryable: true, notProcessed: true },
  "EAPI:Rate limit exceeded": { kind: "rate-limit", retryable: true, notProcessed: true },
  "EAuth:Rate limit exceeded": { kind: "rate-limit", retryable: true, notProcessed: true },
  "EAuth:Too many requests": { kind: "rate-limit", retryable: true, notProcessed: true },
  "EAuth:Account temporary disabled": { kind: "auth", retryable: false },
  "EAuth:Account unconfirmed": { kind: "auth", retryable: false },
  "EOrder:Rate limit exceeded": { kind: "engine-rate-limit", retryable: true, notProcessed: true },
  "EOrder:Domain rate limit exceeded": { kind: "engine-rate-limit", retryable: true, notProcessed: true },
  "EOrder:Insufficient funds": { kind: "funds", retryable: false },
  "EOrder:Insufficient margin": { kind: "funds", retryable: false },
  "EFunding:Insufficient funds": { kind: "funds", retryable: false },
  "EService:Unavailable": { kind: "unavailable", retryable: true, outcomeUnknown: true },
  "EService:Busy": { kind: "unavailable", retryable: true, outcomeUnknown: true },
  "EService:Deadline elapsed": { kind: "deadline", retryable: false, outcomeUnknown: true },
  "EService:Throttled": { kind: "throttled", retryable: true, notProcessed: true },
};

/**
 * Reaction rule for a parsed message; unknown codes fall back on their class.
 * @example
 * ```ts
 * ruleFor(parseKrakenMessage("EService:Busy"));
 * // { kind: "unavailable", retryable: true, outcomeUnknown: true }
 * ruleFor(parseKrakenMessage("EOrder:Unknown order")); // { kind: "order", retryable: false }, from its class
 * ```
 */
export function ruleFor(message: ParsedKrakenMessage): KrakenApiErrorRule {
  const known = RULES[message.code];
  if (known) return known;
  switch (message.errorClass) {
    case "Order":
    case "Trade":
      return { kind: "order", retryable: false };
    case "Query":
      return { kind: "query", retryable: false };
    case "Funding":
    case "Earnings":
    case "BM":
      return { kind: "funds", retryable: false };
    default:
      return { kind: "other", retryable: false };
  }
}

/**
 * Options for {@link KrakenApiError}.
 * @example
 * ```ts
 * const err = new KrakenApiError({ errors: ["EOrder:Insufficient funds"], operationId: "addOrder" });
 * err.kind;      // "funds"
 * err.retryable; // false
 * ```
 */
export interface KrakenApiErrorOptions {
  /** All `E...` strings of the response, in order (the first one decides the classification). */
  errors: readonly string[];
  /** `W...` strings that came with the error. */
  warnings?: readonly string[];
  /** operationId of the failed call. */
  operationId?: string;
  /** Number of attempts made, retries included. */
  attempts?: number;
}

/**
 * Kraken answered with an `EClass:Detail` error in the `{ error, result }` envelope.
 * @example
 * ```ts
 * try { await rest.addOrder(order); } catch (e) {
 *   if (e instanceof KrakenApiError && e.kind === "funds") console.log("not enough balance");
 * }
 * ```
 * @see https://docs.kraken.com/api/docs/guides/spot-errors
 */
export class KrakenApiError extends KrakenError {
  /** The first error string as Kraken sent it, e.g. `EGeneral:Invalid arguments:ordertype`. */
  readonly krakenCode: string;
  /** Parsed first error. */
  readonly parsed: ParsedKrakenMessage;
  /** Every `E...` string of the response. */
  readonly errors: readonly string[];
  /** `W...` strings of the response. */
  readonly warnings: readonly string[];
  /** Broad reason, see {@link KrakenApiErrorKind}. */
  readonly kind: KrakenApiErrorKind;
  /** Parameter named in the detail of `EGeneral:Invalid arguments:<field>`, if any. */
  readonly field: string | undefined;
  /** For `EService:Throttled: <ts>`: the wall-clock time (ms since epoch) after which a retry may succeed. */
  readonly retryAt: number | undefined;
  /** True when the request may have taken effect despite the error (e.g. `EService:Busy` on an order). */
  readonly outcomeUnknown: boolean;
  /** Kraken rejected the request before processing it (rate limit, nonce, throttle). */
  readonly notProcessed: boolean;
  /** operationId of the failed call, when known. */
  readonly operationId: string | undefined;
  /** Attempts made, retries included. */
  readonly attempts: number;

  constructor(options: KrakenApiErrorOptions) {
    const first = options.errors[0] ?? "EGeneral:Unknown error";
    const parsed = parseKrakenMessage(first);
    const rule = ruleFor(parsed);
    const where = options.operationId ? `${options.operationId}: ` : "";
    super(`${where}Kraken error ${options.errors.join(", ") || first}`, {
      code: parsed.code,
      category: rule.kind === "rate-limit" || rule.kind === "engine-rate-limit" ? "rate-limit" : "api",
      retryable: rule.retryable,
      reachedKraken: "yes",
    });
    this.krakenCode = parsed.raw;
    this.parsed = parsed;
    this.errors = [...options.errors];
    this.warnings = [...(options.warnings ?? [])];
    this.kind = rule.kind;
    this.field = rule.kind === "invalid-arguments" ? parsed.detail : undefined;
    const ts = rule.kind === "throttled" && parsed.detail ? Number(parsed.detail) : Number.NaN;
    this.retryAt = Number.isFinite(ts) ? ts * 1000 : undefined;
    this.outcomeUnknown = rule.outcomeUnknown ?? false;
    this.notProcessed = rule.notProcessed ?? false;
    this.operationId = options.operationId;
    this.attempts = options.attempts ?? 1;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      krakenCode: this.krakenCode,
      errors: this.errors,
      warnings: this.warnings,
      kind: this.kind,
      field: this.field,
      retryAt: this.retryAt,
      operationId: this.operationId,
      attempts: this.attempts,
    };
  }
}

/**
 * Splits an envelope's `error` array into errors (`E...`) and warnings (`W...`).
 * @example
 * ```ts
 * const { errors, warnings } = splitKrakenMessages(body.error); // body: Kraken's { error, result } envelope
 * if (errors.length > 0) throw new KrakenApiError({ errors, warnings, operationId: "getTickerInformation" });
 * ```
 */
export function splitKrakenMessages(list: unknown): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (Array.isArray(list)) {
    for (const item of list) {
      if (typeof item !== "string") continue;
      (item.trim().startsWith("W") ? warnings : errors).push(item);
    }
  }
  return { errors, warnings };
}
