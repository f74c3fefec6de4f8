import type { RetryClass } from "../../generated/index.js";
import {
  KrakenAbortError,
  KrakenAmbiguousRequestError,
  type KrakenApiError,
  type KrakenRequestError,
} from "../errors/index.js";
import { backoffDelay } from "../util/backoff.js";

/** What the retry policy reads of an API error (Spot's `KrakenApiError`, Derivatives' own). */
export type ApiErrorFacts = Error &
  Pick<
    KrakenApiError,
    "code" | "krakenCode" | "kind" | "retryable" | "outcomeUnknown" | "notProcessed" | "retryAt"
  >;

/** Result of one attempt, as the retry policy sees it. */
export type Verdict =
  | { type: "success" }
  | { type: "api-error"; error: KrakenApiError }
  | { type: "failure"; error: KrakenRequestError };

/** What to do after an attempt. */
export type Decision =
  | { action: "retry"; delayMs: number; reason: string; nonceRetry: boolean }
  | { action: "return" }
  | { action: "throw"; error: Error };

/** Resolved retry settings. */
export interface RetrySettings {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxThrottleWaitMs: number;
  random: () => number;
}

/** Where the call stands. */
export interface RetryState {
  /** Attempts made so far, the one just judged included. */
  attempts: number;
  /** Whether the one retry for `EAPI:Invalid nonce` was used. */
  nonceRetried: boolean;
  operationId: string;
  clOrdId: string | undefined;
  now: number;
}

function ambiguous(state: RetryState, reason: string, cause: Error): Decision {
  return {
    action: "throw",
    error: new KrakenAmbiguousRequestError(reason, {
      operationId: state.operationId,
      attempts: state.attempts,
      clOrdId: state.clOrdId,
      cause,
    }),
  };
}

/**
 * Decides whether to resend, by the operation's retry class:
 * - `safe`: any retryable failure (network, timeout, 5xx, `EService:Unavailable|Busy`, rate limits, ...);
 * - `unsent`: only when the request certainly had no effect: it never left (connection refused) or
 *   Kraken rejected it before processing (rate limit, throttle, invalid nonce);
 * - `never`: no resend at all; if it may have taken effect, the call fails with
 *   {@link KrakenAmbiguousRequestError}.
 */
export function decideRetry(
  retryClass: RetryClass,
  verdict: Verdict | { type: "api-error"; error: ApiErrorFacts },
  state: RetryState,
  s: RetrySettings,
): Decision {
  if (verdict.type === "success") return { action: "return" };
  const retriesUsed = state.attempts - 1 - (state.nonceRetried ? 1 : 0);
  const budgetLeft = retriesUsed < s.retries;
  const backoff = () =>
    backoffDelay(retriesUsed, { minDelayMs: s.baseDelayMs, maxDelayMs: s.maxDelayMs, random: s.random });

  if (verdict.type === "api-error") {
    const e = verdict.error;
    if (retryClass === "never")
      return e.outcomeUnknown ? ambiguous(state, e.krakenCode, e) : { action: "return" };
    if (e.kind === "nonce") {
      return state.nonceRetried
        ? { action: "return" }
        : { action: "retry", delayMs: 0, reason: e.code, nonceRetry: true };
    }
    if (!e.retryable || !budgetLeft) return { action: "return" };
    if (retryClass === "unsent" && !e.notProcessed) return { action: "return" };
    if (e.kind === "throttled") {
      const wait = Math.max(0, (e.retryAt ?? state.now) - state.now);
      if (wait > s.maxThrottleWaitMs) return { action: "return" };
      return { action: "retry", delayMs: wait, reason: e.code, nonceRetry: false };
    }
    return { action: "retry", delayMs: backoff(), reason: e.code, nonceRetry: false };
  }

  const e = verdict.error;
  if (e instanceof KrakenAbortError) {
    return retryClass === "never" && e.reachedKraken !== "no"
      ? ambiguous(state, "aborted", e)
      : { action: "throw", error: e };
  }
  if (retryClass === "never") {
    return e.reachedKraken === "no" ? { action: "throw", error: e } : ambiguous(state, e.code, e);
  }
  if (!e.retryable || !budgetLeft) return { action: "throw", error: e };
  if (retryClass === "unsent" && e.reachedKraken !== "no") return { action: "throw", error: e };
  return { action: "retry", delayMs: backoff(), reason: e.code, nonceRetry: false };
}
