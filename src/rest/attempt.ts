import { httpSender } from "#runtime/http";
import {
  KrakenAbortError,
  KrakenHttpError,
  KrakenNetworkError,
  type KrakenRequestError,
  KrakenTimeoutError,
  sanitizeCause,
} from "../errors/index.js";
import { type HttpAnswer, type HttpSender, isRedirect } from "../runtime/http-types.js";
import { anySignal } from "../util/abort.js";
import type { Envelope } from "./envelope.js";

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

/** What one HTTP attempt produced: a body read within its cap, or a classified failure. */
export type AttemptOutcome =
  | {
      kind: "response";
      /** Status line and headers of the answer. */
      response: HttpHead;
      /** Body text ("" for a binary body). */
      text: string;
      /** Body bytes when the response is not JSON or text (RetrieveExport's zip). */
      bytes?: ArrayBuffer;
      /** Method, origin and path of the request, for error messages (never its query or body). */
      where: string;
      /** Parsed `{ error, result }`, filled in by the Spot transport. */
      envelope?: Envelope;
      /** `envelope.error` split into errors and warnings, filled in by the Spot transport. */
      messages?: { errors: string[]; warnings: string[] };
    }
  | { kind: "failure"; error: KrakenRequestError };

/** Status line and headers of an answer. */
export type HttpHead = Omit<HttpAnswer, "body">;

export { globalFetch } from "../runtime/fetch-sender.js";
export type { HttpSender } from "../runtime/http-types.js";
/** The sender a client uses: its `fetch` option when given, else the runtime's fastest (node:http in Node). */
export const senderFor: (userFetch: typeof fetch | undefined) => HttpSender = httpSender;

// Error codes that prove the request never left this machine or never reached a server.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/** Inputs of {@link runAttempt}. */
export interface AttemptInput {
  send: HttpSender;
  url: string;
  method: string;
  /** Headers owned by this attempt. */
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  operationId: string;
  attempt: number;
  /** Largest body read, in bytes; default 8 MiB. */
  maxBytes?: number;
}

const utf8 = /* @__PURE__ */ new TextDecoder();

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
  // Method, origin and path, never the query or body: every transport error names them.
  const base = {
    operationId: input.operationId,
    attempts: input.attempt,
    where: `${input.method} ${input.url.split("?")[0]}`,
  };
  const fail = (status: number, detail: string) => ({
    kind: "failure" as const,
    error: new KrakenHttpError(status, detail, { ...base, reachedKraken: "unknown" }),
  });
  try {
    const max = input.maxBytes ?? 8 << 20;
    // The input is the exchange, with the attempt's combined signal in place of the caller's.
    const answer = await input.send({ ...input, signal, maxBytes: max });
    const { status, headers, body } = answer;
    if (isRedirect(status)) {
      // No Location (always so for an opaque redirect) must not resolve to the request's own origin.
      const location = headers.get("location");
      let to = "another address";
      try {
        if (location) to = new URL(location, input.url).origin;
      } catch {}
      return fail(status, `redirect to ${to} not followed`);
    }
    if (!body) {
      // Aborting the attempt's signal closes the connection: nothing more of the body is received.
      timeout.abort();
      return fail(status, `body over ${max} bytes (maxResponseBytes)`);
    }
    const type = headers.get("content-type");
    // A binary body gets a buffer of its own (a small chunk may be a view into a shared pool).
    const binary = !!type && !type.includes("json") && !type.startsWith("text/");
    return {
      kind: "response",
      response: answer,
      text: binary ? "" : utf8.decode(body),
      bytes: binary ? (body.slice().buffer as ArrayBuffer) : undefined,
      where: base.where,
    };
  } catch (error) {
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
