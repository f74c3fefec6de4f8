// The Derivatives request pipeline: rate limit, per-key serialisation, nonce, Authent over the exact
// bytes sent, timeout, retry by the operation's retry class, error answers and exact decoding.
import type { FuturesOperationRow } from "../../generated/futures/index.js";
import { type AuthentSigner, endpointPath } from "../auth/authent.js";
import { acquireKeyLock, type ReleaseLock } from "../auth/key-lock.js";
import type { NonceGenerator } from "../auth/nonce.js";
import {
  KrakenAbortError,
  KrakenAmbiguousRequestError,
  KrakenFuturesApiError,
  KrakenHttpError,
  type KrakenRequestError,
} from "../errors/index.js";
import { type AttemptOutcome, type HttpHead, type HttpSender, runAttempt } from "../rest/attempt.js";
import type { Clock } from "../rest/clock.js";
import type { KrakenLogger } from "../rest/options.js";
import type { RestCallCounter } from "../rest/rate-limiter.js";
import { redact, scrubError, valueScrubber } from "../rest/redact.js";
import { type ApiErrorFacts, decideRetry, type RetrySettings } from "../rest/retry-policy.js";
import { parseExactJsonDeep } from "../util/exact-json-deep.js";
import { isKrakenAnswer } from "./answer.js";
import type { PreparedRequest } from "./encode.js";

/** Everything the transport needs, resolved from the client options. */
export interface FuturesTransportConfig {
  origin: string;
  apiKey: string | undefined;
  /** Only to scrub it (by value) from every text the client emits. */
  apiSecret: string | undefined;
  /** Largest response body read, in bytes (the account log CSV may be 64 times larger). */
  maxResponseBytes: number;
  signer: AuthentSigner | undefined;
  nonces: NonceGenerator | undefined;
  /** How attempts are sent: the caller's fetch when given, else the runtime's fastest sender. */
  send: HttpSender;
  timeoutMs: number;
  retry: RetrySettings;
  /** The key's budgets, by pool (absent: no local rate limiting). */
  pools: { derivatives: RestCallCounter; history: RestCallCounter } | undefined;
  rateLimitMode: "wait" | "reject";
  logger: KrakenLogger | undefined;
  clock: Clock;
}

/** One call as the transport runs it. */
export interface FuturesCall {
  row: FuturesOperationRow;
  request: PreparedRequest;
  cost: number;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
  /** The order's client id, carried by an ambiguous error. */
  cliOrdId: string | undefined;
  /** Parameters for the debug log (redacted). */
  params: Readonly<Record<string, unknown>>;
}

/** The final answer of a call. */
export interface FuturesAnswer {
  /** Parsed answer (exact decimals), or the text for a non-JSON answer (CSV). */
  body: unknown;
  text: string;
  response: HttpHead;
  attempts: number;
  /** Scrubs the key, the secret and this call's nonces and Authents from a text (for errors built later). */
  scrub: (text: string) => string;
}

type Judged =
  | { type: "success"; body: unknown }
  | { type: "api-error"; error: KrakenFuturesApiError }
  | { type: "failure"; error: KrakenRequestError };

const noop: ReleaseLock = () => {};

// The exact-reader key sets of each row, built on first use.
const keySets = new WeakMap<FuturesOperationRow, [ReadonlySet<string>, ReadonlySet<string>]>();

function moneyKeys(row: FuturesOperationRow): [ReadonlySet<string>, ReadonlySet<string>] {
  let sets = keySets.get(row);
  if (!sets) {
    sets = [new Set(row.exact), new Set(row.exactDeep)];
    keySets.set(row, sets);
  }
  return sets;
}

/** Runs Derivatives calls to completion. */
export class FuturesTransport {
  readonly #cfg: FuturesTransportConfig;
  readonly #lockKey: string | undefined;

  constructor(config: FuturesTransportConfig) {
    this.#cfg = config;
    this.#lockKey = config.apiKey === undefined ? undefined : `futures:${config.apiKey}`;
  }

  /** Sends the call (retrying as its retry class allows) and returns the final success answer. */
  async execute(call: FuturesCall): Promise<FuturesAnswer> {
    const { row } = call;
    let nonceRetried = false;
    // The key, the secret and this call's nonces and Authents: whatever a server echoes back is
    // scrubbed from every text the call emits (Kraken's codes and messages, errors, logs).
    const sent = [this.#cfg.apiKey, this.#cfg.apiSecret];
    const scrub = valueScrubber(sent);
    for (let attempts = 1; ; attempts++) {
      const outcome = await this.#attempt(call, attempts, sent);
      const judged = this.#judge(row, outcome, attempts, scrub);
      if (judged.type === "success" && outcome.kind === "response") {
        return { body: judged.body, text: outcome.text, response: outcome.response, attempts, scrub };
      }
      if (judged.type === "api-error" && judged.error.kind === "rate-limit") {
        // Kraken says the budget is spent: assume it is at its cap now.
        this.#pool(row)?.saturate();
      }
      const decision = decideRetry(
        row.retry,
        judged as { type: "api-error"; error: ApiErrorFacts },
        {
          attempts,
          nonceRetried,
          operationId: row.operationId,
          clOrdId: call.cliOrdId,
          now: this.#cfg.clock.now(),
        },
        this.#cfg.retry,
      );
      if (decision.action === "retry") {
        if (decision.nonceRetry) nonceRetried = true;
        this.#cfg.logger?.info?.("kraken retry", {
          operationId: row.operationId,
          attempt: attempts,
          reason: scrub(decision.reason),
          delayMs: decision.delayMs,
        });
        if (decision.delayMs > 0) {
          try {
            await this.#cfg.clock.sleep(decision.delayMs, call.signal);
          } catch {
            throw new KrakenAbortError({ operationId: row.operationId, attempts, reachedKraken: "unknown" });
          }
        }
        continue;
      }
      if (judged.type === "success") continue; // unreachable: success returned above
      const error = this.#final(
        call,
        judged,
        decision.action === "throw" ? decision.error : judged.error,
        attempts,
      );
      scrubError(error, scrub);
      throw error;
    }
  }

  /**
   * The error a call ends with. Calls that are not resent once they may have reached Kraken (every
   * retry class but `safe`) fail with the ambiguous error whenever their outcome is unknown.
   */
  #final(
    call: FuturesCall,
    judged: Exclude<Judged, { type: "success" }>,
    error: Error,
    attempts: number,
  ): Error {
    if (call.row.retry === "safe" || error instanceof KrakenAmbiguousRequestError) return error;
    const unknown =
      judged.type === "api-error" ? judged.error.outcomeUnknown : judged.error.reachedKraken !== "no";
    if (!unknown) return error;
    return new KrakenAmbiguousRequestError(judged.error.code, {
      operationId: call.row.operationId,
      attempts,
      clOrdId: call.cliOrdId,
      cause: judged.error,
    });
  }

  #pool(row: FuturesOperationRow): RestCallCounter | undefined {
    const pools = this.#cfg.pools;
    if (!pools || row.pool === "public") return undefined;
    return row.pool === "history" ? pools.history : pools.derivatives;
  }

  async #attempt(
    call: FuturesCall,
    attempt: number,
    sent: Array<string | undefined>,
  ): Promise<AttemptOutcome> {
    const cfg = this.#cfg;
    const { row, request, signal } = call;
    const url = cfg.origin + request.target;
    const headers: Record<string, string> = {};
    if (request.contentType) headers["Content-Type"] = request.contentType;
    const send = () =>
      runAttempt({
        send: cfg.send,
        url,
        method: request.method,
        headers,
        body: request.body,
        timeoutMs: call.timeoutMs ?? cfg.timeoutMs,
        signal,
        operationId: row.operationId,
        attempt,
        maxBytes: row.operationId === "accountLogCsv" ? cfg.maxResponseBytes * 64 : cfg.maxResponseBytes,
      });
    cfg.logger?.debug?.("kraken request", {
      operationId: row.operationId,
      method: request.method,
      path: request.path,
      attempt,
      params: redact(call.params),
    });
    if (row.auth === "public") {
      if (signal?.aborted) return { kind: "failure", error: this.#abortError(row, attempt) };
      return send();
    }
    let release = noop;
    try {
      if (signal?.aborted) throw signal.reason;
      // FIFO per key, then the budget at the real send time, then the nonce: nonces reach Kraken in
      // issue order and a locally rejected call burns none.
      release = await acquireKeyLock(this.#lockKey as string, signal);
      await this.#pool(row)?.acquire(call.cost, cfg.rateLimitMode, signal, row.operationId);
    } catch (error) {
      release();
      if (signal?.aborted) return { kind: "failure", error: this.#abortError(row, attempt) };
      throw error;
    }
    try {
      const nonce = await (cfg.nonces as NonceGenerator).next();
      headers.APIKey = cfg.apiKey as string;
      headers.Nonce = nonce;
      headers.Authent = await (cfg.signer as AuthentSigner).sign(
        request.postData,
        nonce,
        endpointPath(request.path),
      );
      sent.push(nonce, headers.Authent);
      return await send();
    } finally {
      release();
    }
  }

  #abortError(row: FuturesOperationRow, attempts: number): KrakenAbortError {
    return new KrakenAbortError({
      operationId: row.operationId,
      attempts,
      reachedKraken: attempts > 1 ? "unknown" : "no",
    });
  }

  #judge(
    row: FuturesOperationRow,
    outcome: AttemptOutcome,
    attempts: number,
    scrub: (text: string) => string,
  ): Judged {
    if (outcome.kind === "failure") return { type: "failure", error: outcome.error };
    const { response, text } = outcome;
    const status = response.status;
    this.#cfg.logger?.debug?.("kraken response", { operationId: row.operationId, status, attempt: attempts });
    const base = { operationId: row.operationId, attempts, where: outcome.where };
    const type = response.headers.get("content-type") ?? "";
    // Every answer but the CSV account log is JSON, whatever its Content-Type says.
    const json =
      row.operationId !== "accountLogCsv" || type.includes("json") || (type === "" && text.startsWith("{"));
    let body: unknown = outcome.bytes ?? text;
    let parsed = false;
    if (json && outcome.bytes === undefined) {
      try {
        const [keys, deep] = moneyKeys(row);
        body = parseExactJsonDeep(text, keys, deep);
        parsed = true;
      } catch {
        parsed = false;
      }
    }
    const envelope = parsed
      ? (body as { result?: unknown; error?: unknown; errors?: unknown; message?: unknown })
      : undefined;
    if (envelope && typeof envelope === "object" && envelope.result === "error") {
      const list = Array.isArray(envelope.errors) ? (envelope.errors as Array<{ message?: unknown }>) : [];
      const code =
        typeof envelope.error === "string"
          ? envelope.error
          : typeof list[0]?.message === "string"
            ? list[0].message
            : "unknownError";
      return {
        type: "api-error",
        error: new KrakenFuturesApiError({
          krakenCode: scrub(code),
          krakenMessage: typeof envelope.message === "string" ? scrub(envelope.message) : undefined,
          status,
          ...base,
        }),
      };
    }
    if (status < 200 || status > 299) {
      const error = new KrakenHttpError(status, scrub(response.statusText), {
        ...base,
        reachedKraken: status === 429 ? "no" : "unknown",
        retryable: status === 429 || status >= 500,
      });
      return { type: "failure", error };
    }
    if (!isKrakenAnswer(row, body, parsed)) {
      // Scrubbed before it is cut (a cut never leaves half a secret); a copy, not a slice of the body.
      const excerpt = outcome.bytes
        ? `${outcome.bytes.byteLength} bytes of ${type}`
        : scrub(text.slice(0, 400)).slice(0, 80);
      const error = new KrakenHttpError(status, `not a Kraken answer: ${JSON.stringify(excerpt)}`, {
        ...base,
        reachedKraken: "unknown",
        retryable: true,
      });
      return { type: "failure", error };
    }
    return { type: "success", body };
  }
}
