// An API secret checked at once (missing, not base64, no Web Crypto) for the Spot (API-Sign) and
// Derivatives (Authent) signers, and its HMAC-SHA512 key imported on first use.
import { KrakenConfigError } from "../errors/index.js";
import { decodeBase64 } from "../util/base64.js";
import { lazyHmacSha512Key } from "../util/hmac-sha512-key.js";

/**
 * Decodes a base64 API secret, or throws {@link KrakenConfigError} (missing, or not base64: the message
 * ends with `hint`).
 */
export function decodeApiSecret(apiSecret: string, hint: string): Uint8Array<ArrayBuffer> {
  if (typeof apiSecret !== "string" || apiSecret.length === 0) {
    throw new KrakenConfigError("apiSecret is required for private calls");
  }
  const secretBytes = decodeBase64(apiSecret);
  if (!secretBytes) throw new KrakenConfigError(`apiSecret is not valid base64 (${hint})`);
  return secretBytes;
}

/** The config error for a runtime without Web Crypto. */
export function noWebCrypto(): KrakenConfigError {
  return new KrakenConfigError("crypto.subtle is not available (browsers need a secure context)");
}

/** Web Crypto and the lazily imported, non-extractable HMAC-SHA512 key of one secret. */
export interface HmacKey {
  readonly subtle: SubtleCrypto;
  /** The imported key; the decoded secret bytes are dropped after the first call. */
  key(): Promise<CryptoKey>;
}

/** Validates a base64 API secret (see {@link decodeApiSecret}) and returns its key, imported on first use. */
export function hmacSha512Key(apiSecret: string, hint: string): HmacKey {
  const secretBytes = decodeApiSecret(apiSecret, hint);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw noWebCrypto();
  return { subtle, key: lazyHmacSha512Key(subtle, secretBytes) };
}
