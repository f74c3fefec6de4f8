/**
 * kraken-connector in Deno: the same bundle the browser uses (dist/browser/index.js, native WebSocket and
 * fetch, no npm install needed). REST, a checksum-verified book and (with keys) an order over WebSocket.
 *
 *   deno run --allow-net=api.kraken.com,ws.kraken.com,ws-auth.kraken.com \
 *     --allow-env=KRAKEN_REST_URL,KRAKEN_WS_URL,KRAKEN_WS_AUTH_URL,KRAKEN_API_KEY,KRAKEN_API_SECRET,PLACE_ORDER \
 *     examples/deno/main.ts
 *
 * Env vars as in the Node example (KRAKEN_REST_URL, KRAKEN_WS_URL, KRAKEN_WS_AUTH_URL, KRAKEN_API_KEY,
 * KRAKEN_API_SECRET, PLACE_ORDER=1); with none set it reads Kraken's public data only.
 */
// @ts-types="../../dist/index.d.ts"
import { KrakenRest, KrakenWs } from "../../dist/browser/index.js";

const env = (name: string): string | undefined => Deno.env.get(name) || undefined;
const SYMBOL = "BTC/USD";
const restUrl = env("KRAKEN_REST_URL");
const wsUrl = env("KRAKEN_WS_URL");
const wsAuthUrl = env("KRAKEN_WS_AUTH_URL");
const apiKey = env("KRAKEN_API_KEY");
const apiSecret = env("KRAKEN_API_SECRET");

const rest = new KrakenRest({
  ...(restUrl ? { baseUrl: restUrl } : {}),
  ...(apiKey && apiSecret ? { apiKey, apiSecret } : {}),
});
const ws = new KrakenWs({
  ...(wsUrl ? { url: wsUrl } : {}),
  ...(wsAuthUrl ? { authUrl: wsAuthUrl } : {}),
  getToken: () => rest.webSocketToken(),
});

try {
  const time = await rest.getServerTime();
  console.log(`server time: ${time.rfc1123}`);
  if (apiKey && apiSecret) {
    const balances = await rest.getAccountBalance();
    console.log(
      `balances: ${Object.entries(balances)
        .map(([asset, qty]) => `${asset}=${qty}`)
        .join(" ")}`,
    );
  }

  const book = await ws.book({ symbol: SYMBOL, depth: 10 });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const bid = book.bestBid();
  const ask = book.bestAsk();
  console.log(
    `book ${SYMBOL}: best bid ${bid?.price} x ${bid?.qty}, best ask ${ask?.price} x ${ask?.qty}, spread ${book.spread()}`,
  );
  console.log(`book checksums verified: ${book.stats.verified}, mismatches: ${book.stats.mismatches}`);

  if (apiKey && apiSecret && bid) {
    const price = String(Math.trunc(Number(bid.price) * 0.8)); // far below the market; whole dollars
    const order = {
      order_type: "limit",
      side: "buy",
      symbol: SYMBOL,
      limit_price: price,
      order_qty: "0.0001",
      post_only: true,
    } as const;
    if (env("PLACE_ORDER") === "1") {
      const placed = await ws.addOrder(order);
      console.log(`order placed: ${placed.order_id} (buy 0.0001 ${SYMBOL} @ ${price})`);
      await ws.cancelOrder({ order_id: [placed.order_id] });
      console.log(`order cancelled: ${placed.order_id}`);
    } else {
      await ws.addOrder({ ...order, validate: true });
      console.log("order validated (not placed; set PLACE_ORDER=1 to place it)");
    }
  }
} catch (error) {
  console.error(`failed: ${error instanceof Error ? error.message : String(error)}`);
  Deno.exitCode = 1;
} finally {
  await ws.close();
}
