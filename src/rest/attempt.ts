import type { ReachedKraken } from "../errors/base.js";
import {
  KrakenAbortError,
  KrakenHttpError,
  KrakenNetworkError,
  type KrakenRequestError,
  KrakenTimeoutError,
  sanitizeCause,
} from "../errors/index.js";
import { anySignal } from "../util/abort.js";
import { decodeEnvelope, type Envelope } from "./envelope.js";

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

/** What one HTTP attempt produced: a Kraken envelope (or a binary report), or a classified failure. */
export type AttemptOutcome =
  | {
      kind: "response";
      response: Response;
      /** Body text ("" for a binary body). */
      text: string;
      /** Body bytes when the response is not JSON (RetrieveExport's zip). */
      bytes?: ArrayBuffer;
      /** Parsed `{ error, result }`, filled in by the transport. */
      envelope?: Envelope;
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
  /** Largest body read, in bytes (a binary report may be 64 times larger). */
  maxBytes: number;
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
    where: `${input.init.method} ${input.url.split("?")[0]}`,
  };
  const fail = (
    status: number,
    detail: string,
    reachedKraken: ReachedKraken = "unknown",
    retryable = false,
  ) => ({
    kind: "failure" as const,
    error: new KrakenHttpError(status, detail, { ...base, reachedKraken, retryable }),
  });
  try {
    input.init.signal = signal;
    // Never follow a redirect: the signed headers and body would go wherever Kraken's address points.
    input.init.redirect = "manual";
    const response = await input.fetch(input.url, input.init);
    const { status, headers } = response;
    if (response.type === "opaqueredirect" || (status > 299 && status < 400)) {
      void response.body?.cancel().catch(noop);
      let to = "elsewhere";
      try {
        to = new URL(headers.get("location") as string, input.url).origin;
      } catch {}
      return fail(status, `redirect to ${to} not followed`);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(noop);
      const limited = status === 429;
      return fail(status, response.statusText, limited ? "no" : "unknown", limited || status >= 500);
    }
    const type = headers.get("content-type");
    const binary = !!type && !type.includes("json") && !type.startsWith("text/");
    const max = binary ? input.maxBytes * 64 : input.maxBytes;
    const tooBig = () => fail(status, `body over ${max} bytes (maxResponseBytes)`);
    if (Number(headers.get("content-length")) > max) {
      timeout.abort();
      return tooBig();
    }
    // Read the stream ourselves, so a huge body is cut off at the cap instead of buffered whole.
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) {
      size += r.value.byteLength;
      if (size > max) {
        void reader?.cancel().catch(noop);
        timeout.abort();
        return tooBig();
      }
      chunks.push(r.value);
    }
    const bytes = new Uint8Array(size);
    size = 0;
    for (const c of chunks) {
      bytes.set(c, size);
      size += c.byteLength;
    }
    if (binary) return { kind: "response", response, text: "", bytes: bytes.buffer };
    const text = utf8.decode(bytes);
    const envelope = decodeEnvelope(text);
    // Retryable like a 5xx: a proxy's error page. The excerpt is copied (JSON.stringify), not a slice
    // that would keep the whole body alive in an error an app may hold on to.
    if (!envelope)
      return fail(status, `not a Kraken envelope: ${JSON.stringify(text.slice(0, 80))}`, "unknown", true);
    return { kind: "response", response, text, envelope };
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
