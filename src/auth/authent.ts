// Kraken Derivatives `Authent` signing through crypto.subtle.
import { KrakenConfigError } from "../errors/index.js";
import { decodeBase64, encodeBase64 } from "./base64.js";

const authentText = /* @__PURE__ */ new TextEncoder();

/**
 * Computes Kraken's Derivatives `Authent` header for one request.
 * @example
 * ```ts
 * const signer: AuthentSigner = createAuthentSigner(futuresSecret);
 * headers.Authent = await signer.sign("orderType=lmt&symbol=PF_XBTUSD", nonce, "/api/v3/sendorder");
 * ```
 */
export interface AuthentSigner {
  /**
   * Signs `postData` (the URL-encoded parameters exactly as sent), the `Nonce` header value ("" when
   * none is sent) and `endpointPath` (the request path without a leading `/derivatives`).
   */
  sign(postData: string, nonce: string, endpointPath: string): Promise<string>;
}

/** The path Kraken signs: the request path without its leading `/derivatives`. */
export function endpointPath(path: string): string {
  return path.startsWith("/derivatives/") ? path.slice("/derivatives".length) : path;
}

/**
 * Creates a Derivatives signer for a base64 API secret, validated at once (a missing or non-base64
 * secret throws {@link KrakenConfigError}). The HMAC key is imported on first use as a
 * non-extractable key and the decoded bytes are dropped.
 *
 * `Authent = base64(HMAC-SHA512(base64decode(secret), SHA256(authentText(postData + nonce + endpointPath))))`.
 * @example
 * ```ts
 * const signer = createAuthentSigner(process.env.KRAKEN_FUTURES_SECRET!);
 * const authent = await signer.sign("", "1700000000000", "/api/v3/accounts");
 * ```
 */
export function createAuthentSigner(apiSecret: string): AuthentSigner {
  if (typeof apiSecret !== "string" || apiSecret.length === 0) {
    throw new KrakenConfigError("apiSecret is required for private calls");
  }
  let secretBytes: Uint8Array<ArrayBuffer> | undefined = decodeBase64(apiSecret);
  if (!secretBytes)
    throw new KrakenConfigError(
      "apiSecret is not valid base64 (copy the Derivatives key's private key exactly as Kraken shows it)",
    );
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new KrakenConfigError("crypto.subtle is not available (browsers need a secure context)");
  let keyPromise: Promise<CryptoKey> | undefined;
  const key = (): Promise<CryptoKey> => {
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
  };
  return {
    async sign(postData, nonce, path) {
      const digest = await subtle.digest("SHA-256", authentText.encode(postData + nonce + path));
      const mac = await subtle.sign("HMAC", await key(), digest);
      return encodeBase64(new Uint8Array(mac));
    },
  };
}
