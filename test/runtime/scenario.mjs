// The one smoke scenario every runtime runs (Node ESM, Node CJS, Deno, Chromium) against the simulator,
// using only the BUILT package's public API, handed in as `sdk`. Plain JavaScript so every runtime can
// load it unchanged. Each step returns { name, ok, detail }; the caller prints them and fails on !ok.
//
// Steps: a public REST call, a private (signed) REST call, a public Derivatives REST call
// (KrakenFutures on the simulator's Derivatives venue), Derivatives WebSocket v1 market data
// (KrakenFuturesWs ticker and live book), a WebSocket book whose checksums are
// verified, and a WebSocket order round trip (add, then cancel, each seen on the private executions
// stream, and the final status confirmed over REST).

/** Kraken's checksum token: the decimal digits at fixed precision, without the dot and leading zeros. */
function checksumToken(value, decimals) {
  const [int = "0", frac = ""] = value.split(".");
  const digits = `${int}${frac.padEnd(decimals, "0").slice(0, decimals)}`.replace(/^0+/, "");
  return digits === "" ? "0" : digits;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(text) {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) c = CRC_TABLE[(c ^ text.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function step(name, results, fn) {
  try {
    const detail = await fn();
    results.push({ name, ok: true, detail: detail ?? "" });
  } catch (err) {
    results.push({ name, ok: false, detail: String(err?.stack ?? err) });
  }
}

/** Pair rules for XBTUSD from REST: precisions and the best bid, as exact strings. */
async function pairInfo(rest) {
  const pairs = await rest.getTradableAssetPairs({ pair: "XBTUSD" });
  const [id, pair] = Object.entries(pairs)[0];
  const ticker = await rest.getTickerInformation({ pair: "XBTUSD" });
  const bid = Object.values(ticker)[0].b[0];
  // WS v2 names bitcoin BTC (AssetPairs' wsname keeps the legacy XBT/USD), so the symbol is fixed here.
  return { id, wsname: "BTC/USD", pricePrecision: pair.pair_decimals, qtyPrecision: pair.lot_decimals, bid };
}

/**
 * The WS book step: `ws.book()` keeps a live book and verifies Kraken's CRC32 on every update; the
 * scenario also recomputes the checksum of the book's top 10 levels on its own, so a runtime that
 * mangled digits or the CRC (the in-house CRC-32, string handling) would show up here.
 */
async function verifiedBook(ws, info, sdk, books) {
  const UPDATES = 3;
  if (typeof ws.book !== "function") throw new Error("ws.book() is not available in this build");
  const book = await ws.book({ symbol: info.wsname, depth: 10 });
  try {
    // ws.book() loads the book code on first use; it must be the very classes of "kraken-connector/books",
    // and their errors KrakenErrors of ".", in every build (one copy of each module across entries).
    if (!(book instanceof books.LiveOrderBook && book instanceof books.OrderBook))
      throw new Error("ws.book() did not return an OrderBook of kraken-connector/books");
    const decoded = books.decodeBookMessage("{}");
    if (!(decoded instanceof sdk.KrakenBookDecodeError && decoded instanceof sdk.KrakenError))
      throw new Error("a book error of kraken-connector/books is not a KrakenError of kraken-connector");
    await withTimeout(
      new Promise((resolve) => {
        const check = () => book.stats.verified >= UPDATES && resolve();
        book.on("update", check);
        check();
      }),
      8000,
      "verified book updates",
    );
    const { verified, mismatches } = book.stats;
    if (mismatches !== 0) throw new Error(`${mismatches} checksum mismatches`);
    const text = [...book.asks(10), ...book.bids(10)]
      .map((l) => checksumToken(l.price, info.pricePrecision) + checksumToken(l.qty, info.qtyPrecision))
      .join("");
    const own = crc32(text);
    if (own !== book.checksum())
      throw new Error(`scenario CRC32 ${own} != book.checksum() ${book.checksum()}`);
    return `ws.book(): ${verified} checksums verified; own CRC32 ${own} agrees; best ${book.bestBid()?.price}/${book.bestAsk()?.price}`;
  } finally {
    await book.close();
  }
}

/**
 * Runs the scenario. `sdk` and `books` are the namespaces of "kraken-connector" and
 * "kraken-connector/books", `urls` = { restUrl, wsUrl, wsAuthUrl, futuresWsUrl }, `credentials` = { apiKey, apiSecret }.
 * Returns the step results; never throws.
 */
export async function runScenario(sdk, books, urls, credentials) {
  const results = [];
  const rest = new sdk.KrakenRest({ baseUrl: urls.restUrl, ...credentials });
  let info;
  await step("public REST (getServerTime, AssetPairs, Ticker)", results, async () => {
    const time = await rest.getServerTime();
    if (typeof time.unixtime !== "number") throw new Error(`unexpected time ${JSON.stringify(time)}`);
    info = await pairInfo(rest);
    return `unixtime ${time.unixtime}; ${info.wsname} bid ${info.bid}`;
  });
  await step("private REST (getAccountBalance, signed)", results, async () => {
    const balance = await rest.getAccountBalance();
    const assets = Object.keys(balance);
    if (assets.length === 0) throw new Error("empty balance");
    return `${assets.length} assets, ZUSD ${balance.ZUSD ?? "-"}`;
  });
  await step(
    "Derivatives public REST (KrakenFutures getTicker PF_XBTUSD, exact decimals)",
    results,
    async () => {
      if (typeof sdk.KrakenFutures !== "function")
        throw new Error("KrakenFutures is not exported by the package");
      const futures = new sdk.KrakenFutures({ baseUrl: urls.restUrl });
      const { ticker } = await futures.getTicker({ symbol: "PF_XBTUSD" });
      if (ticker.symbol !== "PF_XBTUSD" || typeof ticker.markPrice !== "string")
        throw new Error(`unexpected ticker ${JSON.stringify(ticker)}`);
      return `PF_XBTUSD mark ${ticker.markPrice}, funding ${ticker.fundingRate}`;
    },
  );
  await step(
    "Derivatives WS v1 (KrakenFuturesWs ticker and live book PF_XBTUSD, exact decimals)",
    results,
    async () => {
      if (typeof sdk.KrakenFuturesWs !== "function")
        throw new Error("KrakenFuturesWs is not exported by the package");
      const fws = new sdk.KrakenFuturesWs({ url: urls.futuresWsUrl });
      try {
        const ticker = await withTimeout(
          fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD"] }),
          8000,
          "v1 ticker subscribe",
        );
        const { value: t } = await withTimeout(ticker[Symbol.asyncIterator]().next(), 8000, "v1 ticker");
        if (t?.feed !== "ticker" || typeof t.markPrice !== "string")
          throw new Error(`unexpected ticker ${JSON.stringify(t)}`);
        const book = await withTimeout(fws.book({ product_id: "PF_XBTUSD" }), 8000, "v1 book");
        const bid = book.bestBid();
        const ask = book.bestAsk();
        if (typeof bid?.price !== "string" || typeof ask?.qty !== "string" || !book.synced)
          throw new Error("the v1 book has no exact best levels");
        const seq = book.seq;
        await book.close();
        return `mark ${t.markPrice}; book seq ${seq}, best ${bid.price}/${ask.price}`;
      } finally {
        await fws.close();
      }
    },
  );
  if (typeof sdk.KrakenWs !== "function") {
    results.push({ name: "WebSocket", ok: false, detail: "KrakenWs is not exported by the package" });
    return results;
  }
  const ws = new sdk.KrakenWs({ url: urls.wsUrl, authUrl: urls.wsAuthUrl, getToken: rest.webSocketToken });
  try {
    await step("WS book with verified checksums", results, async () => {
      if (!info) throw new Error("no pair info (public REST failed)");
      return verifiedBook(ws, info, sdk, books);
    });
    await step("WS order round trip (executions stream new+canceled; REST confirms)", results, async () => {
      if (!info) throw new Error("no pair info (public REST failed)");
      const executions = await ws.subscribe({
        channel: "executions",
        snap_orders: false,
        snap_trades: false,
      });
      try {
        const seen = new Map(); // order_id -> exec types in arrival order
        const reports = (async () => {
          for await (const msg of executions) {
            for (const r of msg.data) seen.set(r.order_id, [...(seen.get(r.order_id) ?? []), r.exec_type]);
          }
        })();
        const waitFor = (id, type) =>
          withTimeout(
            (async () => {
              while (!(seen.get(id) ?? []).includes(type)) await new Promise((r) => setTimeout(r, 20));
            })(),
            8000,
            `execution report ${type}`,
          );
        const price = (BigInt(info.bid.split(".")[0]) / 2n).toString(); // far below market: rests, never fills
        const added = await withTimeout(
          ws.addOrder({
            order_type: "limit",
            side: "buy",
            symbol: info.wsname,
            limit_price: price,
            order_qty: "0.001",
          }),
          8000,
          "addOrder",
        );
        if (!added.order_id) throw new Error(`no order_id in ${JSON.stringify(added)}`);
        await waitFor(added.order_id, "new");
        const cancelled = await withTimeout(
          ws.cancelOrder({ order_id: [added.order_id] }),
          8000,
          "cancelOrder",
        );
        if (!cancelled.some((c) => c.order_id === added.order_id))
          throw new Error("cancel did not name the order");
        await waitFor(added.order_id, "canceled");
        const orders = await rest.getOrdersInfo({ txid: added.order_id });
        const status = orders[added.order_id]?.status;
        if (status !== "canceled") throw new Error(`REST reports status ${status}`);
        await executions.unsubscribe();
        await reports;
        return `order ${added.order_id} at ${price}: executions ${seen.get(added.order_id).join(" -> ")}; REST ${status}`;
      } finally {
        if (!executions.ended) await executions.unsubscribe();
      }
    });
  } finally {
    await ws.close();
  }
  return results;
}

/** One line per step plus a closing summary; used by every runtime's runner. */
export function formatResults(runtime, results) {
  const lines = results.map((r) => `${r.ok ? "ok  " : "FAIL"} ${runtime} | ${r.name} | ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  lines.push(`${runtime}: ${results.length - failed} passed, ${failed} failed`);
  return lines.join("\n");
}
