// Kraken's request signature with Web Crypto: the isomorphic implementation (browsers, Deno, and any
// runtime without a faster one behind the `#runtime/hmac` import condition).
import { encodeBase64 } from "../util/base64.js";
import { lazyHmacSha512Key } from "../util/hmac-sha512-key.js";

/** Signs `uriPath || SHA256(nonce + body)` with HMAC-SHA512 and returns it as base64. */
export type KrakenHmac = (uriPath: string, nonceAndBody: string) => Promise<string>;

const utf8 = new TextEncoder();

/**
 * A {@link KrakenHmac} for the decoded secret, or undefined when this runtime has no Web Crypto
 * (browsers outside a secure context). The key is imported once, on first use, as non-extractable, and
 * the caller's bytes are not kept after that.
 */
export function createKrakenHmac(secret: Uint8Array<ArrayBuffer>): KrakenHmac | undefined {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const key = lazyHmacSha512Key(subtle, secret);
  return async (uriPath, nonceAndBody) => {
    const inner = new Uint8Array(await subtle.digest("SHA-256", utf8.encode(nonceAndBody)));
    const path = utf8.encode(uriPath);
    const message = new Uint8Array(path.length + inner.length);
    message.set(path, 0);
    message.set(inner, path.length);
    return encodeBase64(new Uint8Array(await subtle.sign("HMAC", await key(), message)));
  };
}
