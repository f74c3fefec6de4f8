// The HTTP sender of runtimes without a faster one behind the `#runtime/http` import condition: fetch.
import { fetchSender, globalFetch } from "./fetch-sender.js";
import type { HttpSender } from "./http-types.js";

/** The sender for a client: over the caller's `fetch` when given, else over the runtime's fetch. */
export function httpSender(userFetch: typeof fetch | undefined): HttpSender {
  return fetchSender(userFetch ?? globalFetch);
}
