// The isomorphic HTTP sender: fetch, redirects left unfollowed, the body read within its cap.
import { type HttpAnswer, type HttpExchange, type HttpSender, isRedirect } from "./http-types.js";

const noop = () => {};

/** An {@link HttpSender} over the given fetch (a caller's, or the runtime's). */
export function fetchSender(fetchImpl: typeof fetch): HttpSender {
  return async (x: HttpExchange): Promise<HttpAnswer> => {
    // Never follow a redirect: the signed headers and body would go wherever the Location points.
    const init: RequestInit = { method: x.method, headers: x.headers, signal: x.signal, redirect: "manual" };
    if (x.body !== undefined) init.body = x.body;
    const response = await fetchImpl(x.url, init);
    const { status, statusText, headers } = response;
    const answer: HttpAnswer = { status, statusText, headers, body: undefined };
    // A browser hides a manual redirect behind an opaque response (type "opaqueredirect", status 0).
    if (response.type === "opaqueredirect") answer.status = 0;
    if (isRedirect(answer.status) || Number(headers.get("content-length")) > x.maxBytes) {
      void response.body?.cancel().catch(noop);
      return answer;
    }
    // Read the stream ourselves, so a huge body is cut off at the cap instead of buffered whole.
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) {
      size += r.value.byteLength;
      if (size > x.maxBytes) {
        void reader?.cancel().catch(noop);
        return answer;
      }
      chunks.push(r.value);
    }
    // One chunk (the usual small answer) is used in place.
    let body = chunks[0] ?? new Uint8Array(0);
    if (chunks.length > 1) {
      body = new Uint8Array(size);
      size = 0;
      for (const c of chunks) {
        body.set(c, size);
        size += c.byteLength;
      }
    }
    answer.body = body;
    return answer;
  };
}
