import { encodeBase64 } from "./base64.js";
import { hmacSha512Key } from "./hmac-key.js";

const utf8 = new TextEncoder();

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
 * secret throws {@link KrakenConfigError}); the HMAC key is imported into WebCrypto once, on first use,
 * as a non-extractable key, and the decoded bytes are then dropped.
 *
 * Algorithm (rest.md §3.2): `base64(HMAC-SHA512(secret, utf8(uriPath) || SHA256(utf8(nonce + body))))`.
 * @example
 * ```ts
 * const signer = createRequestSigner(process.env.KRAKEN_SECRET!);
 * const sig = await signer.sign("/0/private/Balance", "1616492376594", "nonce=1616492376594");
 * ```
 */
export function createRequestSigner(apiSecret: string): RequestSigner {
  const { subtle, key } = hmacSha512Key(apiSecret, "copy it exactly as Kraken shows it");
  return {
    async sign(uriPath, nonce, body) {
      const inner = new Uint8Array(await subtle.digest("SHA-256", utf8.encode(nonce + body)));
      const path = utf8.encode(uriPath);
      const message = new Uint8Array(path.length + inner.length);
      message.set(path, 0);
      message.set(inner, path.length);
      const mac = await subtle.sign("HMAC", await key(), message);
      return encodeBase64(new Uint8Array(mac));
    },
  };
}
