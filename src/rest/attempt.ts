import {
  KrakenAbortError,
  KrakenNetworkError,
  type KrakenRequestError,
  KrakenTimeoutError,
  sanitizeCause,
} from "../errors/index.js";
import { anySignal } from "../util/abort.js";

const noop = () => {};
const abortController = (controller: AbortController) => controller.abort();

// Creating an AbortController costs about as much CPU as the rest of a call in Node 20, so timeout
// controllers are reused: each serves one attempt at a time, at most MAX_USES attempts, and is dropped
// once it has fired. (fetch leaves a listener on the signal until its request is collected; a fired
// reused signal only reaches requests that already finished, which ignore it.)
const MAX_USES = 64;
const idle: Array<{ controller: AbortController; uses: number }> = [];

function takeController(): { controller: AbortController; uses: number } {
  return idle.pop() ?? { controller: new AbortController(), uses: 0 };
}

function giveBack(entry: { controller: AbortController; uses: number }): void {
  entry.uses++;
  if (!entry.controller.signal.aborted && entry.uses < MAX_USES && idle.length < 32) idle.push(entry);
}

/** What one HTTP attempt produced. */
export type AttemptOutcome =
  | {
      kind: "response";
      response: Response;
      /** Body text ("" for a binary body). */
      text: string;
      /** Body bytes when the response is not JSON (RetrieveExport's zip). */
      bytes?: ArrayBuffer;
      /** Parsed `{ error, result }`, filled in by the transport. */
      envelope?: { error?: unknown; result?: unknown };
      /** `envelope.error` split into errors and warnings, filled in by the transport. */
      messages?: { errors: string[]; warnings: string[] };
    }
  | { kind: "failure"; error: KrakenRequestError };

// Error codes that prove the request never left this machine or never reached a server.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/** Inputs of {@link runAttempt}. */
export interface AttemptInput {
  fetch: typeof fetch;
  url: string;
  /** Request init owned by this attempt: its `signal` is set here to the attempt's combined signal. */
  init: RequestInit;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  operationId: string;
  attempt: number;
}

/**
 * Sends one request with a per-attempt timeout and reads its body. Never throws: failures come back
 * classified by whether the request may have reached Kraken.
 */
export async function runAttempt(input: AttemptInput): Promise<AttemptOutcome> {
  const entry = takeController();
  const timeout = entry.controller;
  const timer = setTimeout(abortController, input.timeoutMs, timeout);
  // Combine with the caller's signal only when there is one (saves listeners on the common path).
  const { signal, dispose } = input.signal
    ? anySignal([input.signal, timeout.signal])
    : { signal: timeout.signal, dispose: noop };
  try {
    input.init.signal = signal;
    const response = await input.fetch(input.url, input.init);
    const type = response.headers.get("content-type");
    if (type && !type.includes("json") && !type.startsWith("text/")) {
      return { kind: "response", response, text: "", bytes: await response.arrayBuffer() };
    }
    const text = await response.text();
    return { kind: "response", response, text };
  } catch (error) {
    const base = { operationId: input.operationId, attempts: input.attempt };
    if (input.signal?.aborted)
      return { kind: "failure", error: new KrakenAbortError({ ...base, reachedKraken: "unknown" }) };
    if (timeout.signal.aborted) {
      return {
        kind: "failure",
        error: new KrakenTimeoutError(input.timeoutMs, {
          ...base,
          reachedKraken: "unknown",
          retryable: true,
        }),
      };
    }
    const code = errorCode(error);
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    const message = notSent ? `connection failed (${code})` : `connection lost${code ? ` (${code})` : ""}`;
    return {
      kind: "failure",
      error: new KrakenNetworkError(message, {
        ...base,
        reachedKraken: notSent ? "no" : "unknown",
        retryable: true,
        cause: sanitizeCause(error),
      }),
    };
  } finally {
    clearTimeout(timer);
    dispose();
    giveBack(entry);
  }
}
