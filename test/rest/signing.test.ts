import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestSigner } from "../../src/auth/sign.js";
import { KrakenConfigError } from "../../src/errors/index.js";
import { KrakenRest } from "../../src/index.js";
import { encodeForm, encodeJson } from "../../src/rest/encode.js";
import { startTestServer, TEST_SECRET, type TestServer } from "./helpers/kraken-test-server.js";

describe("signing", () => {
  it("reproduces Kraken's published API-Sign test vector", async () => {
    const signer = createRequestSigner(TEST_SECRET);
    const body = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";
    expect(await signer.sign("/0/private/AddOrder", "1616492376594", body)).toBe(
      "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==",
    );
  });

  it("reproduces the derived JSON vectors (AddOrder, TradeVolume)", async () => {
    const signer = createRequestSigner(TEST_SECRET);
    const json = encodeJson(
      "1616492376594",
      { ordertype: "limit", pair: "XBTUSD", price: "37500", type: "buy", volume: "1.25" },
      undefined,
    );
    expect(json).toBe(
      '{"nonce":1616492376594,"ordertype":"limit","pair":"XBTUSD","price":"37500","type":"buy","volume":"1.25"}',
    );
    expect(await signer.sign("/0/private/AddOrder", "1616492376594", json)).toBe(
      "kMkTQfyYJH05IdnWQ9TIqL9Kq+dKqcD5O/TGPPLRwwy1is/YvqEYtMAHf7tXsqwfbLwp7pbzJzWHxzKPnL8rfA==",
    );
    const tv = '{"pair":[{"asset":"TSLAx/USD","aclass":"equity_pair"}],"nonce":123}';
    expect(await signer.sign("/0/private/TradeVolume", "123", tv)).toBe(
      "JRJDryVhouSrIMbOftfDi5V0ILl6Mm6LMoX/LfS28me0PEos74LxkJ18uW9lfw1Y7osOoM78imN0uJjti1DJRw==",
    );
  });

  it("rejects a missing or non-base64 secret at construction", () => {
    expect(() => new KrakenRest({ apiKey: "k", apiSecret: "not base64!!" })).toThrow(KrakenConfigError);
    expect(() => new KrakenRest({ apiKey: "k", apiSecret: "" })).toThrow(KrakenConfigError);
    expect(() => new KrakenRest({ apiKey: "k" })).toThrow(KrakenConfigError);
    expect(() => new KrakenRest({ apiKey: "k", apiSecret: "abc" })).toThrow(/base64/);
  });
});

describe("body encoding", () => {
  it("encodes Kraken's form conventions", () => {
    const body = encodeForm(
      "5",
      {
        txid: ["A", "B"],
        trades: true,
        reduce_only: false,
        close: { ordertype: "stop-loss", price: "100" },
        starttm: "+60",
        skip: undefined,
        orders: [{ a: 1 }, { a: 2 }],
      },
      "123456",
    );
    expect(body).toBe(
      "nonce=5&txid=A%2CB&trades=true&reduce_only=false&close%5Bordertype%5D=stop-loss&close%5Bprice%5D=100&starttm=%2B60&orders%5B0%5D%5Ba%5D=1&orders%5B1%5D%5Ba%5D=2&otp=123456",
    );
  });

  it("writes a nanosecond nonce above 2^53 as exact digits in JSON", () => {
    expect(encodeJson("1764000000000000000123", {}, undefined)).toBe('{"nonce":1764000000000000000123}');
  });
});

describe("the server recomputes the signature over the bytes it received", () => {
  let server: TestServer;
  let rest: KrakenRest;
  beforeAll(async () => {
    server = await startTestServer({ handler: () => ({ json: { error: [], result: {} } }) });
    rest = new KrakenRest({
      apiKey: "sig-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
    });
  });
  afterAll(() => server.close());

  const shapes: Array<[string, string, Record<string, unknown>]> = [
    ["no params", "getAccountBalance", {}],
    ["arrays", "getOrdersInfo", { txid: ["OQCLML-BW3P3-BUCMWZ", "OB2LGB-TEST1-AAAAAA"], trades: true }],
    ["booleans", "getOpenOrders", { trades: false }],
    [
      "nested close[...]",
      "addOrder",
      {
        ordertype: "limit",
        type: "buy",
        pair: "XBTUSD",
        price: "37500",
        volume: "1.25",
        close: { ordertype: "stop-loss-limit", price: "#5%", price2: "-1" },
        starttm: "+5",
      },
    ],
    [
      "JSON body",
      "addOrderBatch",
      {
        pair: "XBTUSD",
        orders: [
          { ordertype: "limit", type: "buy", volume: "1", price: "1" },
          { ordertype: "limit", type: "sell", volume: "1", price: "2", reduce_only: false },
        ],
      },
    ],
    ["JSON with otp", "listStrategies", { asset: "DOT" }],
  ];
  for (const [name, op, params] of shapes) {
    it(name, async () => {
      const before = server.received.length;
      await rest.request(op as "getAccountBalance", params as never, { otp: "2fa-code" });
      const got = server.received[before];
      expect(got?.signatureValid).toBe(true);
      expect(got?.headers["api-key"]).toBe("sig-key");
      expect(got?.params.otp).toBe("2fa-code");
    });
  }

  it("signs over /0/private/<Name> behind a proxy prefix", async () => {
    const proxied = new KrakenRest({
      apiKey: "sig-key-2",
      apiSecret: TEST_SECRET,
      baseUrl: `${server.url}/kraken-proxy`,
      rateLimit: false,
    });
    await proxied.getAccountBalance();
    const got = server.received.at(-1);
    expect(got?.url).toBe("/kraken-proxy/0/private/Balance");
    expect(got?.signatureValid).toBe(true);
  });

  it("sends comma-joined lists in public queries", async () => {
    await rest.getTickerInformation({ pair: "XBTUSD,ETHUSD" });
    await rest.request("getRecentSpreads", { pair: "XBTUSD", since: 5 } as never);
    expect(server.received.at(-2)?.url).toBe("/0/public/Ticker?pair=XBTUSD%2CETHUSD");
  });
});
