// An API secret checked at once and imported into Web Crypto as an HMAC-SHA512 key on first use:
// shared by the Spot (API-Sign) and Derivatives (Authent) signers.
import { KrakenConfigError } from "../errors/index.js";
import { decodeBase64 } from "./base64.js";

/** Web Crypto and the lazily imported, non-extractable HMAC-SHA512 key of one secret. */
export interface HmacKey {
  readonly subtle: SubtleCrypto;
  /** The imported key; the decoded secret bytes are dropped after the first call. */
  key(): Promise<CryptoKey>;
}

/**
 * Validates a base64 API secret (missing or not base64: {@link KrakenConfigError}, ending with
 * `hint`) and returns its key, imported on first use.
 */
export function hmacSha512Key(apiSecret: string, hint: string): HmacKey {
  if (typeof apiSecret !== "string" || apiSecret.length === 0) {
    throw new KrakenConfigError("apiSecret is required for private calls");
  }
  let secretBytes: Uint8Array<ArrayBuffer> | undefined = decodeBase64(apiSecret);
  if (!secretBytes) throw new KrakenConfigError(`apiSecret is not valid base64 (${hint})`);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new KrakenConfigError("crypto.subtle is not available (browsers need a secure context)");
  let keyPromise: Promise<CryptoKey> | undefined;
  return {
    subtle,
    key() {
      if (!keyPromise) {
        keyPromise = subtle.importKey(
          "raw",
          secretBytes as Uint8Array<ArrayBuffer>,
          { name: "HMAC", hash: "SHA-512" },
          false,
          ["sign"],
        );
        secretBytes = undefined;
      }
      return keyPromise;
    },
  };
}
