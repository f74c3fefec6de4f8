// The non-extractable HMAC-SHA512 key of a secret, imported into Web Crypto on first use: shared by the
// Web Crypto request signer and the Derivatives Authent signer so the secret bytes are dropped the same way.
/**
 * Returns a function that imports `secret` on its first call and then always answers that key; the
 * bytes are not kept after the import starts.
 */
export function lazyHmacSha512Key(
  subtle: SubtleCrypto,
  secret: Uint8Array<ArrayBuffer>,
): () => Promise<CryptoKey> {
  let bytes: Uint8Array<ArrayBuffer> | undefined = secret;
  let key: Promise<CryptoKey> | undefined;
  return () => {
    if (!key) {
      key = subtle.importKey(
        "raw",
        bytes as Uint8Array<ArrayBuffer>,
        { name: "HMAC", hash: "SHA-512" },
        false,
        ["sign"],
      );
      bytes = undefined;
    }
    return key;
  };
}
