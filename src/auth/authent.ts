// Kraken Derivatives `Authent` signing through crypto.subtle.
import { encodeBase64 } from "../util/base64.js";
import { hmacSha512Key } from "./hmac-key.js";

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
  const { subtle, key } = hmacSha512Key(
    apiSecret,
    "copy the Derivatives key's private key exactly as Kraken shows it",
  );
  return {
    async sign(postData, nonce, path) {
      const digest = await subtle.digest("SHA-256", authentText.encode(postData + nonce + path));
      const mac = await subtle.sign("HMAC", await key(), digest);
      return encodeBase64(new Uint8Array(mac));
    },
  };
}
