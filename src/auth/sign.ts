import { createKrakenHmac } from "#runtime/hmac";
import { decodeApiSecret, noWebCrypto } from "./hmac-key.js";

/**
 * Computes Kraken's `API-Sign` header for one request.
 * @example
 * ```ts
 * const signer: RequestSigner = createRequestSigner(apiSecret);
 * const body = `nonce=${nonce}&asset=ZUSD`;
 * headers["API-Sign"] = await signer.sign("/0/private/TradeBalance", nonce, body);
 * ```
 */
export interface RequestSigner {
  /**
   * Signs `uriPath` (always Kraken's own path, e.g. `/0/private/AddOrder`) and the exact body text
   * that will be sent, which contains `nonce`.
   */
  sign(uriPath: string, nonce: string, body: string): Promise<string>;
}

/**
 * Creates a signer for a base64 API secret. The secret is validated at once (a missing or non-base64
 * secret throws {@link KrakenConfigError}). In Node the signature is computed with node:crypto; elsewhere
 * the HMAC key is imported into Web Crypto once, on first use, as a non-extractable key, and the decoded
 * bytes are then dropped. Both produce the same signature.
 *
 * Algorithm (rest.md §3.2): `base64(HMAC-SHA512(secret, utf8(uriPath) || SHA256(utf8(nonce + body))))`.
 * @example
 * ```ts
 * const signer = createRequestSigner(process.env.KRAKEN_SECRET!);
 * const sig = await signer.sign("/0/private/Balance", "1616492376594", "nonce=1616492376594");
 * ```
 */
export function createRequestSigner(apiSecret: string): RequestSigner {
  const hmac = createKrakenHmac(decodeApiSecret(apiSecret, "copy it exactly as Kraken shows it"));
  if (!hmac) throw noWebCrypto();
  return { sign: (uriPath, nonce, body) => hmac(uriPath, nonce + body) };
}
