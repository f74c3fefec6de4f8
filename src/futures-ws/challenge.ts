// The signed challenge of one v1 connection: requested on first need (single flight), signed through
// Web Crypto, and forgotten when the connection ends or Kraken refuses it.
import type { AuthentSigner } from "../auth/authent.js";
import type { FuturesFrame } from "./decode.js";
import { KrakenFuturesWsAuthError } from "./errors.js";

/** What a private subscribe or unsubscribe carries. */
export interface SignedChallenge {
  readonly original: string;
  readonly signed: string;
}

/** Sends a challenge request and resolves with the frame that answers it. */
export type AskChallenge = (text: string, signal?: AbortSignal) => Promise<FuturesFrame>;

/** The challenge of the current connection, for one API key. */
export class Challenge {
  /** Challenges requested so far (diagnostics). */
  requested = 0;
  #creds: Promise<SignedChallenge> | undefined;

  constructor(
    readonly apiKey: string,
    private readonly signer: AuthentSigner,
  ) {}

  /** The signed challenge of this connection, requested through `ask` the first time. */
  get(ask: AskChallenge, signal?: AbortSignal): Promise<SignedChallenge> {
    if (!this.#creds) {
      this.requested++;
      const p = ask(JSON.stringify({ event: "challenge", api_key: this.apiKey }), signal).then(async (f) => {
        const original = typeof f.message === "string" ? f.message : "";
        if (!original) throw new KrakenFuturesWsAuthError("challenge", "no challenge in the answer");
        return { original, signed: await this.signer.sign(original, "", "") };
      });
      this.#creds = p;
      p.catch(() => {
        if (this.#creds === p) this.#creds = undefined;
      });
    }
    return this.#creds;
  }

  /** A new connection, or a refusal: the next private request asks for a fresh challenge. */
  forget(): void {
    this.#creds = undefined;
  }
}
