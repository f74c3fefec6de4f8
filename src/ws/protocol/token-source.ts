// The session token private requests carry: fetched once, refetched after a reconnect or a rejection.
import { KrakenConfigError } from "../../errors/base.js";
import type { ResolvedWsOptions } from "./options.js";

/** Single-flight access to `getToken`; every token it hands out is remembered so text can be scrubbed of it. */
export class TokenSource {
  #token: Promise<string> | undefined;
  #rejected = false;

  constructor(private readonly o: ResolvedWsOptions) {}

  /** The current token, fetching one when there is none (a forced refresh after a rejection). */
  get(): Promise<string> {
    const get = this.o.getToken;
    if (!get)
      return Promise.reject(new KrakenConfigError("a getToken option is required for private channels"));
    if (!this.#token) {
      const p = this.#rejected ? get({ forceRefresh: true }) : get();
      this.#rejected = false;
      this.#token = p;
      p.then(
        (t) => {
          // remembered (with the last few before it) so every text the client emits can scrub it; a
          // string too short to be a real token would match ordinary text (the pattern still covers it)
          const s = this.o.secrets;
          if (String(t).length > 7 && !s.includes(t)) s.unshift(t) > 4 && s.pop();
        },
        () => {
          if (this.#token === p) this.#token = undefined;
        },
      );
    }
    return this.#token;
  }

  /** Forgets the token, so the next request fetches a fresh one (after every private reconnect). */
  drop(): void {
    this.#token = undefined;
  }

  /** Kraken refused the token: the next fetch asks `getToken` for a forced refresh. */
  rejected(): void {
    this.#token = undefined;
    this.#rejected = true;
  }
}
