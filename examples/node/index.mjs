/**
 * kraken-connector in a Node script: REST (public + private), a checksum-verified WebSocket book and
 * an order over WebSocket. Talks to the real Kraken by default; point it at the simulator with env vars:
 *
 *   KRAKEN_REST_URL     REST origin                  (default https://api.kraken.com)
 *   KRAKEN_WS_URL       public WebSocket v2          (default wss://ws.kraken.com/v2)
 *   KRAKEN_WS_AUTH_URL  private WebSocket v2         (default wss://ws-auth.kraken.com/v2)
 *   KRAKEN_API_KEY / KRAKEN_API_SECRET   enable the private part (balances, order)
 *   PLACE_ORDER=1       really place (and cancel) the order; otherwise it is only validated
 */
import { KrakenRest, KrakenWs } from "kraken-connector";

const env = process.env;
const SYMBOL = "BTC/USD";

const rest = new KrakenRest({
  ...(env.KRAKEN_REST_URL ? { baseUrl: env.KRAKEN_REST_URL } : {}),
  ...(env.KRAKEN_API_KEY ? { apiKey: env.KRAKEN_API_KEY, apiSecret: env.KRAKEN_API_SECRET } : {}),
});
const ws = new KrakenWs({
  ...(env.KRAKEN_WS_URL ? { url: env.KRAKEN_WS_URL } : {}),
  ...(env.KRAKEN_WS_AUTH_URL ? { authUrl: env.KRAKEN_WS_AUTH_URL } : {}),
  getToken: () => rest.webSocketToken(), // only called when a private channel or trading is used
});
const hasKeys = Boolean(env.KRAKEN_API_KEY && env.KRAKEN_API_SECRET);

try {
  // 1. REST: public and (with keys) private calls; results are unwrapped and typed.
  const time = await rest.getServerTime();
  console.log(`server time: ${time.rfc1123}`);
  if (hasKeys) {
    const balances = await rest.getAccountBalance();
    console.log(
      `balances: ${Object.entries(balances)
        .map(([asset, qty]) => `${asset}=${qty}`)
        .join(" ")}`,
    );
  }

  // 2. WebSocket: a live L2 book; every update is verified against Kraken's CRC32 checksum.
  const book = await ws.book({ symbol: SYMBOL, depth: 10 });
  await new Promise((resolve) => setTimeout(resolve, 1500)); // let some updates arrive
  const [bid, ask] = [book.bestBid(), book.bestAsk()];
  console.log(
    `book ${SYMBOL}: best bid ${bid?.price} x ${bid?.qty}, best ask ${ask?.price} x ${ask?.qty}, spread ${book.spread()}`,
  );
  console.log(`book checksums verified: ${book.stats.verified}, mismatches: ${book.stats.mismatches}`);

  // 3. An order over WebSocket: a post-only buy far below the market, then cancelled.
  if (hasKeys && bid) {
    const price = String(Math.trunc(Number(bid.price) * 0.8)); // whole dollars: a valid tick
    const order = {
      order_type: "limit",
      side: "buy",
      symbol: SYMBOL,
      limit_price: price,
      order_qty: "0.0001",
      post_only: true,
    };
    if (env.PLACE_ORDER === "1") {
      const placed = await ws.addOrder(order);
      console.log(`order placed: ${placed.order_id} (buy 0.0001 ${SYMBOL} @ ${price})`);
      const [cancelled] = await ws.cancelOrder({ order_id: [placed.order_id] });
      console.log(`order cancelled: ${cancelled?.order_id ?? placed.order_id}`);
    } else {
      const checked = await ws.addOrder({ ...order, validate: true });
      console.log(`order validated (not placed; set PLACE_ORDER=1 to place it): ${JSON.stringify(checked)}`);
    }
  }
} catch (error) {
  console.error(`failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await ws.close();
}
