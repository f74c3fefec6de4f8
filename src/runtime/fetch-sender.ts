// The isomorphic HTTP sender: fetch, redirects left unfollowed, the body read within its cap.
import { type HttpAnswer, type HttpExchange, type HttpSender, isRedirect } from "./http-types.js";

const noop = () => {};

/** The runtime's fetch, looked up at each call (so a fetch installed or stubbed later is used). */
export const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** An {@link HttpSender} over the given fetch (a caller's, or the runtime's). */
export function fetchSender(fetchImpl: typeof fetch): HttpSender {
  return async ({ url, method, headers, body, signal, maxBytes }: HttpExchange): Promise<HttpAnswer> => {
    // fetch gets a signal of its own, tied to the attempt's: the attempt's signal is reused across
    // attempts, and undici keeps a listener on every signal it is given until its request is collected,
    // so a reused one piles them up (about 10% of a call in Node 20).
    const own = new AbortController();
    const abort = () => own.abort(signal.reason);
    signal.addEventListener("abort", abort);
    if (signal.aborted) abort();
    // Never follow a redirect: the signed headers and body would go wherever the Location points.
    // Only what differs from fetch's defaults: undici spends about 5% of a call on an empty headers
    // object, a method it must normalise and an undefined body.
    const init: RequestInit = { signal: own.signal, redirect: "manual" };
    if (method !== "GET") init.method = method;
    if (body !== undefined) init.body = body;
    if (Object.keys(headers).length) init.headers = headers;
    try {
      const response = await fetchImpl(url, init);
      // A browser hides a manual redirect behind an opaque response (type "opaqueredirect", status 0).
      const answer: HttpAnswer = {
        status: response.type === "opaqueredirect" ? 0 : response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: undefined,
      };
      if (isRedirect(answer.status) || Number(response.headers.get("content-length")) > maxBytes) {
        void response.body?.cancel().catch(noop);
        return answer;
      }
      // Read the stream ourselves, so a huge body is cut off at the cap instead of buffered whole.
      const reader = response.body?.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let size = 0;
      for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) {
        size += r.value.byteLength;
        if (size > maxBytes) {
          void reader?.cancel().catch(noop);
          return answer;
        }
        chunks.push(r.value);
      }
      // One chunk (the usual small answer) is used in place.
      answer.body = chunks.length === 1 ? chunks[0] : new Uint8Array(await new Blob(chunks).arrayBuffer());
      return answer;
    } finally {
      signal.removeEventListener("abort", abort);
    }
  };
}
