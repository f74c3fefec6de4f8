import type { OperationRow } from "../../generated/index.js";
import { acquireKeyLock, type ReleaseLock } from "../auth/key-lock.js";
import type { NonceGenerator } from "../auth/nonce.js";
import { type OtpProvider, resolveOtp } from "../auth/otp.js";
import type { RequestSigner } from "../auth/sign.js";
import {
  KrakenAbortError,
  KrakenApiError,
  KrakenConfigError,
  KrakenHttpError,
  splitKrakenMessages,
} from "../errors/index.js";
import { type AttemptOutcome, type HttpSender, runAttempt } from "./attempt.js";
import type { Clock } from "./clock.js";
import { encodeForm, encodeJson, type ParamObject } from "./encode.js";
import type { TradingEngineLimiter } from "./engine-limiter.js";
import { decodeEnvelope, type Envelope } from "./envelope.js";
import type { CallOptions, KrakenLogger } from "./options.js";
import type { RestCallCounter } from "./rate-limiter.js";
import { redact, scrubError, valueScrubber } from "./redact.js";
import { decideRetry, type RetrySettings, type Verdict } from "./retry-policy.js";

/** Everything the transport needs, resolved from the client options. */
export interface TransportConfig {
  apiKey: string | undefined;
  /** Only to scrub it (by value) from every text the client emits. */
  apiSecret: string | undefined;
  /** Largest response body read, in bytes. */
  maxResponseBytes: number;
  signer: RequestSigner | undefined;
  nonces: NonceGenerator | undefined;
  otp: OtpProvider | undefined;
  /** How attempts are sent: the caller's fetch when given, else the runtime's fastest sender. */
  send: HttpSender;
  timeoutMs: number;
  overlap: boolean;
  retry: RetrySettings;
  counter: RestCallCounter | undefined;
  engine: TradingEngineLimiter | undefined;
  rateLimitMode: "wait" | "reject";
  costs: Partial<Record<string, number>>;
  logger: KrakenLogger | undefined;
  userAgent: string | undefined;
  clock: Clock;
}

export type { Envelope } from "./envelope.js";

/** Per-call state shared between the facade and the transport. */
export interface CallContext {
  row: OperationRow;
  params: ParamObject | undefined;
  options: CallOptions;
  /** Set by the transport: the parsed envelope of the final response. */
  envelope?: Envelope;
  /** Set by the transport: Kraken's errors and warnings in the final envelope. */
  errors?: string[];
  warnings?: string[];
  attempts?: number;
  /** Set by the transport for a binary (non-JSON) body. */
  bytes?: ArrayBuffer;
}

const SUCCESS: Verdict = { type: "success" };

/** The final answer of a call. */
export type ResponseOutcome = Extract<AttemptOutcome, { kind: "response" }>;

/**
 * The request pipeline behind every call (the raw client's fetch goes through it too): rate limit, per-key
 * serialisation, fresh nonce, encoding, signature over the exact bytes sent, timeout, retry by the
 * operation's retry class, envelope inspection.
 */
export class RestTransport {
  readonly #cfg: TransportConfig;

  constructor(config: TransportConfig) {
    this.#cfg = config;
  }

  /**
   * Runs one call to completion, leaves the envelope in `ctx` and returns the final answer. `url` is
   * the request URL (a private call's query is dropped: its parameters travel in the signed body).
   */
  execute(requestUrl: string, ctx: CallContext): Promise<ResponseOutcome> {
    return this.#run(ctx.row, requestUrl, ctx);
  }

  async #run(row: OperationRow, requestUrl: string, ctx: CallContext): Promise<ResponseOutcome> {
    const cfg = this.#cfg;
    const isPrivate = row.auth === "private";
    if (isPrivate && (!cfg.signer || !cfg.nonces || !cfg.apiKey)) {
      throw new KrakenConfigError(`${row.operationId} is private: pass apiKey and apiSecret`);
    }
    let params = ctx.params;
    if (
      row.operationId === "addOrder" &&
      params &&
      params.cl_ord_id === undefined &&
      params.userref === undefined
    ) {
      // A client id makes an ambiguous AddOrder checkable later (rest.findOrder).
      params = { ...params, cl_ord_id: globalThis.crypto.randomUUID() };
    }
    const options = ctx.options;
    const signal = options.signal;
    const clOrdId = typeof params?.cl_ord_id === "string" ? params.cl_ord_id : undefined;
    const url = isPrivate ? (requestUrl.split("?")[0] ?? requestUrl) : requestUrl;
    let attempts = 0;
    let nonceRetried = false;
    // The key, the secret and this call's nonces, OTPs and signatures: whatever a server echoes back is
    // scrubbed from every text the call emits (Kraken's messages, error messages and stacks).
    const sent = [cfg.apiKey, cfg.apiSecret];
    const scrub = valueScrubber(sent);
    for (;;) {
      attempts++;
      const outcome = await this.#attempt(row, url, params, options, signal, attempts, sent);
      const verdict = this.#judge(row, outcome, attempts, scrub);
      if (verdict.type === "success") {
        this.#settle(row, outcome as ResponseOutcome, ctx, params, attempts);
        return outcome as ResponseOutcome;
      }
      if (verdict.type === "api-error") this.#onApiError(row, verdict.error, params);
      const decision = decideRetry(
        row.retry,
        verdict,
        { attempts, nonceRetried, operationId: row.operationId, clOrdId, now: cfg.clock.now() },
        cfg.retry,
      );
      if (decision.action === "throw") {
        scrubError(decision.error, scrub);
        cfg.logger?.warn?.("kraken call failed", {
          operationId: row.operationId,
          attempts,
          error: decision.error.message,
        });
        throw decision.error;
      }
      if (decision.action === "retry") {
        cfg.logger?.warn?.("kraken retry", {
          operationId: row.operationId,
          attempt: attempts,
          delayMs: decision.delayMs,
          reason: decision.reason,
        });
        if (decision.nonceRetry) nonceRetried = true;
        if (decision.delayMs > 0) {
          await cfg.clock.sleep(decision.delayMs, signal).catch((error: unknown) => {
            throw signal?.aborted ? this.#abortError(row, attempts, true) : error;
          });
        }
        continue;
      }
      this.#settle(row, outcome as ResponseOutcome, ctx, params, attempts);
      return outcome as ResponseOutcome;
    }
  }

  async #rateLimit(
    row: OperationRow,
    params: ParamObject | undefined,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const cfg = this.#cfg;
    if (row.auth !== "private") return;
    if (row.cost === "engine") {
      const charge = cfg.engine?.chargeFor(row.operationId, params ?? {});
      if (!cfg.engine || !charge) return;
      // Re-check after each sleep: another order on the pair may have been charged meanwhile.
      for (let wait = cfg.engine.waitFor(charge); wait > 0; wait = cfg.engine.waitFor(charge)) {
        await cfg.clock.sleep(wait, signal);
      }
      cfg.engine.add(charge);
      return;
    }
    const cost = cfg.costs[row.operationId] ?? row.cost;
    await cfg.counter?.acquire(cost, cfg.rateLimitMode, signal, row.operationId);
  }

  // Not async: a public attempt hands runAttempt's promise straight back (one promise hop fewer).
  #attempt(
    row: OperationRow,
    url: string,
    params: ParamObject | undefined,
    options: CallOptions,
    signal: AbortSignal | undefined,
    attempt: number,
    sent: Array<string | undefined>,
  ): Promise<AttemptOutcome> {
    const cfg = this.#cfg;
    const timeoutMs = options.timeoutMs ?? cfg.timeoutMs;
    if (signal?.aborted) {
      return Promise.resolve({ kind: "failure", error: this.#abortError(row, attempt, attempt > 1) });
    }
    if (row.auth === "private")
      return this.#attemptPrivate(row, url, params, options, signal, attempt, timeoutMs, sent);
    const headers: Record<string, string> = cfg.userAgent ? { "User-Agent": cfg.userAgent } : {};
    cfg.logger?.debug?.("kraken request", { operationId: row.operationId, method: "GET", url, attempt });
    // Plain object literals, no spreads: this is the hot path of every public call.
    return runAttempt({
      send: cfg.send,
      url,
      method: "GET",
      headers,
      timeoutMs,
      signal,
      operationId: row.operationId,
      attempt,
      maxBytes: cfg.maxResponseBytes,
    });
  }

  async #attemptPrivate(
    row: OperationRow,
    url: string,
    params: ParamObject | undefined,
    options: CallOptions,
    signal: AbortSignal | undefined,
    attempt: number,
    timeoutMs: number,
    sent: Array<string | undefined>,
  ): Promise<AttemptOutcome> {
    const cfg = this.#cfg;
    let release: ReleaseLock = () => {};
    try {
      if (signal?.aborted) throw signal.reason;
      // Wait for the pair's trading-engine counter before queueing for the key, so an order held
      // back on one pair does not block the key's other calls (charged again inside the lock).
      const charge = row.cost === "engine" ? cfg.engine?.chargeFor(row.operationId, params ?? {}) : undefined;
      const engineWait = charge ? (cfg.engine as TradingEngineLimiter).waitFor(charge) : 0;
      if (engineWait > 0) await cfg.clock.sleep(engineWait, signal);
      if (!cfg.overlap) release = await acquireKeyLock(cfg.apiKey as string, signal);
      // Rate-limit inside the lock, so the counter is charged at the real send time, and before
      // signing, so a locally rejected call burns no nonce.
      await this.#rateLimit(row, params, signal);
    } catch (error) {
      release();
      if (signal?.aborted) return { kind: "failure", error: this.#abortError(row, attempt, attempt > 1) };
      throw error;
    }
    try {
      // Sign right before dispatch, inside the per-key lock: nonces reach Kraken in issue order.
      const nonce = await (cfg.nonces as NonceGenerator).next();
      const otp = await resolveOtp(options.otp ?? cfg.otp);
      const json = row.encoding === "json";
      const body = json ? encodeJson(nonce, params, otp) : encodeForm(nonce, params, otp);
      const sign = await (cfg.signer as RequestSigner).sign(`/0${row.path}`, nonce, body);
      sent.push(nonce, otp, sign);
      const headers: Record<string, string> = {
        "Content-Type": json ? "application/json" : "application/x-www-form-urlencoded",
        "API-Key": cfg.apiKey as string,
        "API-Sign": sign,
      };
      if (cfg.userAgent) headers["User-Agent"] = cfg.userAgent;
      cfg.logger?.debug?.("kraken request", {
        operationId: row.operationId,
        method: "POST",
        url,
        attempt,
        params: redact(params ?? {}),
      });
      return await runAttempt({
        send: cfg.send,
        url,
        method: "POST",
        headers,
        body,
        timeoutMs,
        signal,
        operationId: row.operationId,
        attempt,
        // RetrieveExport's binary report may be 64 times larger than any JSON answer.
        maxBytes: row.operationId === "retrieveExport" ? cfg.maxResponseBytes * 64 : cfg.maxResponseBytes,
      });
    } finally {
      release();
    }
  }

  #abortError(row: OperationRow, attempts: number, maybeSent: boolean): KrakenAbortError {
    return new KrakenAbortError({
      operationId: row.operationId,
      attempts,
      reachedKraken: maybeSent ? "unknown" : "no",
    });
  }

  #judge(
    row: OperationRow,
    outcome: AttemptOutcome,
    attempts: number,
    scrub: (text: string) => string,
  ): Verdict {
    if (outcome.kind === "failure") return { type: "failure", error: outcome.error };
    const { response, text, bytes } = outcome;
    const status = response.status;
    this.#cfg.logger?.debug?.("kraken response", { operationId: row.operationId, status, attempt: attempts });
    const base = { operationId: row.operationId, attempts, where: outcome.where };
    if (status < 200 || status > 299) {
      const error = new KrakenHttpError(status, response.statusText, {
        ...base,
        reachedKraken: status === 429 ? "no" : "unknown",
        retryable: status === 429 || status >= 500,
      });
      return { type: "failure", error };
    }
    if (bytes && row.operationId === "retrieveExport") return SUCCESS; // a zip file
    const envelope = bytes ? undefined : decodeEnvelope(text);
    if (!envelope) {
      // Retryable like a 5xx (a proxy's page). The excerpt is a copy, not a slice that would keep the
      // whole body alive in an error an app may hold on to.
      // Scrubbed before it is cut, so a cut never leaves half a secret that no longer matches.
      const excerpt = bytes
        ? `${bytes.byteLength} bytes of ${response.headers.get("content-type")}`
        : scrub(text.slice(0, 400)).slice(0, 80);
      const error = new KrakenHttpError(status, `not a Kraken envelope: ${JSON.stringify(excerpt)}`, {
        ...base,
        reachedKraken: "unknown",
        retryable: true,
      });
      return { type: "failure", error };
    }
    outcome.envelope = envelope;
    const split = splitKrakenMessages(envelope.error);
    // Whatever the server echoes (a signature, the OTP) is scrubbed from the strings errors carry.
    const messages = { errors: split.errors.map(scrub), warnings: split.warnings.map(scrub) };
    outcome.messages = messages;
    const { errors, warnings } = messages;
    if (errors.length === 0) return SUCCESS;
    return {
      type: "api-error",
      error: new KrakenApiError({ errors, warnings, operationId: row.operationId, attempts }),
    };
  }

  #onApiError(row: OperationRow, error: KrakenApiError, params: ParamObject | undefined): void {
    if (error.kind === "rate-limit") this.#cfg.counter?.saturate();
    if (error.kind === "engine-rate-limit" && typeof params?.pair === "string")
      this.#cfg.engine?.saturate(params.pair);
    this.#cfg.logger?.debug?.("kraken error", { operationId: row.operationId, errors: error.errors });
  }

  /** Logs warnings, feeds the engine limiter and hands the final envelope to the facade. */
  #settle(
    row: OperationRow,
    outcome: ResponseOutcome,
    ctx: CallContext,
    params: ParamObject | undefined,
    attempts: number,
  ): void {
    const { envelope } = outcome;
    const { errors, warnings } = outcome.messages ?? splitKrakenMessages(envelope?.error);
    if (warnings.length > 0)
      this.#cfg.logger?.warn?.("kraken warnings", { operationId: row.operationId, warnings });
    if (errors.length === 0 && envelope && row.cost === "engine") {
      this.#cfg.engine?.record(row.operationId, params ?? {}, envelope.result);
    }
    ctx.envelope = envelope;
    ctx.errors = errors;
    ctx.warnings = warnings;
    ctx.attempts = attempts;
    ctx.bytes = outcome.bytes;
  }
}
