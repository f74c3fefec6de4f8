// Kraken's request signature with node:crypto, chosen by the `node` condition of `#runtime/hmac`: the
// same bytes as the Web Crypto version, computed synchronously (Node's Web Crypto hops to its thread
// pool twice per signature, about 20x the cost).
import { createHash, createHmac, createSecretKey } from "node:crypto";
import type { KrakenHmac } from "../hmac.js";

export type { KrakenHmac } from "../hmac.js";

/** A {@link KrakenHmac} for the decoded secret; the key is held as a Node KeyObject, the bytes are not kept. */
export function createKrakenHmac(secret: Uint8Array<ArrayBuffer>): KrakenHmac | undefined {
  const key = createSecretKey(secret);
  return (uriPath, nonceAndBody) => {
    const inner = createHash("sha256").update(nonceAndBody, "utf8").digest();
    return Promise.resolve(createHmac("sha512", key).update(uriPath, "utf8").update(inner).digest("base64"));
  };
}
