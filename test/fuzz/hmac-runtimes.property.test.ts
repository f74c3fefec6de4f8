// The two signing implementations behind `#runtime/hmac` (node:crypto in Node, Web Crypto elsewhere)
// produce the same API-Sign for Kraken's published vector and for any secret, path, nonce and body.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createKrakenHmac as webHmac } from "../../src/runtime/hmac.js";
import { createKrakenHmac as nodeHmac } from "../../src/runtime/node/hmac.js";
import { fuzzParams } from "../helpers/fuzz.js";

const VECTOR_SECRET =
  "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
const VECTOR_BODY = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";
const VECTOR_SIGN =
  "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==";

const bytes = (b: Uint8Array) => new Uint8Array(b) as Uint8Array<ArrayBuffer>;

describe("#runtime/hmac implementations", () => {
  it("both reproduce Kraken's published API-Sign vector", async () => {
    const secret = Uint8Array.from(atob(VECTOR_SECRET), (c) => c.charCodeAt(0));
    for (const make of [webHmac, nodeHmac]) {
      const hmac = make(bytes(secret));
      expect(await hmac?.("/0/private/AddOrder", `1616492376594${VECTOR_BODY}`)).toBe(VECTOR_SIGN);
    }
  });

  it("agree byte for byte on random secrets, paths, nonces and bodies (including non-ASCII text)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.bigInt({ min: 0n, max: 2n ** 64n }),
        fc.string({ unit: "grapheme", maxLength: 300 }),
        async (secret, path, nonce, body) => {
          const web = webHmac(bytes(secret));
          const node = nodeHmac(bytes(secret));
          const message = `${nonce}${body}`;
          const uri = `/0/private/${path}`;
          const [a, b] = await Promise.all([web?.(uri, message), node?.(uri, message)]);
          expect(a).toMatch(/^[A-Za-z0-9+/]{86}==$/);
          expect(b).toBe(a);
        },
      ),
      fuzzParams(2000),
    );
  });
});
