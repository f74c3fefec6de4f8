/**
 * The demo against the embedded simulator: REST, a derivatives step (KrakenFutures: ticker, a filled
 * order, position and margin), a live verified book, an order placed over REST, one placed and
 * cancelled over WebSocket with its executions, a market order filled, then a forced disconnect and
 * the automatic recovery.
 */
import { KrakenRest, KrakenWs } from "kraken-connector";
import { DEMO_API_KEY, DEMO_API_SECRET, startKrakenSimulator } from "kraken-connector/testing";
import { showDerivatives } from "./derivatives.mjs";
import { c } from "./screen.mjs";
import {
  DemoError,
  finishBook,
  logConnectionEvents,
  openBook,
  showBalances,
  showServerTime,
  showTicker,
  sleep,
  waitForEvent,
} from "./steps.mjs";

const SYMBOL = "BTC/USD";

/** Runs the simulated demo for `durationMs`; cleans up whatever happens. */
export async function runSimulated({ durationMs, screen }) {
  const sim = await startKrakenSimulator({ market: { ratePerSecond: 40 } }); // a lively market for the show
  screen.log(`${c.bold("Simulator")} REST ${sim.restUrl}  WS ${sim.wsUrl}  WS auth ${sim.wsAuthUrl}`);
  const rest = new KrakenRest({ baseUrl: sim.restUrl, apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
  const ws = new KrakenWs({
    url: sim.wsUrl,
    authUrl: sim.wsAuthUrl,
    getToken: () => rest.webSocketToken(),
    reconnect: { minDelayMs: 200, maxDelayMs: 1000 }, // quick recovery for the show
  });
  const stopLogging = logConnectionEvents(ws, screen);
  const started = Date.now();
  const at = (fraction) => sleep(Math.max(0, started + durationMs * fraction - Date.now()));
  try {
    await showServerTime(rest, screen);
    await showBalances(rest, screen);
    await showTicker(rest, screen, "XBTUSD");
    await showDerivatives(sim, screen);
    await showWsTicker(ws, screen);
    const book = await openBook(ws, screen, { symbol: SYMBOL });
    const executions = await watchExecutions(ws, screen);
    const restOrder = await placeRestOrder(rest, book, screen);

    await at(0.2);
    const order = await placeOrder(ws, book, screen);
    await at(0.35);
    await cancelOrder(ws, order, screen, executions);
    await fillOrder(ws, screen, executions);
    await cancelRestOrder(rest, restOrder, screen);
    await at(0.55);
    await forceDisconnect(ws, sim, book, screen);
    await at(1);
    finishBook(book, screen, SYMBOL);
    if (book.stats.mismatches > 0) throw new DemoError(`${book.stats.mismatches} checksum mismatches`);
    await executions.unsubscribe();
  } finally {
    screen.stop();
    stopLogging();
    await ws.close();
    await sim.close();
  }
  screen.log(c.green("Closed the WebSocket client and the simulator. Demo complete."));
}

/** WS (public): the ticker snapshot, the line a trader reads first; the loop ends after one message. */
async function showWsTicker(ws, screen) {
  const ticker = await ws.subscribe({ channel: "ticker", symbol: [SYMBOL] });
  for await (const msg of ticker) {
    const t = msg.data[0];
    if (!t) continue;
    screen.log(
      `${c.cyan("WS")}    Ticker ${t.symbol}: last ${t.last}, bid ${t.bid} x ${t.bid_qty}, ask ${t.ask} x ${t.ask_qty}, 24h change ${t.change_pct}%`,
    );
    break; // unsubscribes
  }
}

/** Subscribes to our executions and logs each report; returns the subscription. */
async function watchExecutions(ws, screen) {
  const sub = await ws.subscribe({ channel: "executions", snap_orders: true, snap_trades: false });
  screen.log(`${c.cyan("WS")}    Subscribed to executions (private, token minted over REST)`);
  sub.on("message", (msg) => {
    for (const e of msg.data) {
      if (msg.type === "snapshot") continue;
      const detail = [e.side, e.order_qty, e.symbol, e.limit_price && `@ ${e.limit_price}`]
        .filter(Boolean)
        .join(" ");
      screen.log(
        `${c.cyan("WS")}    execution: ${e.exec_type} order ${e.order_id} status ${e.order_status}${detail ? ` (${detail})` : ""}`,
      );
    }
  });
  return sub;
}

/** A resting limit buy well below the best bid, so it does not fill. */
async function placeOrder(ws, book, screen) {
  const price = restingPrice(book, 2000);
  const result = await ws.addOrder({
    order_type: "limit",
    side: "buy",
    symbol: SYMBOL,
    limit_price: price,
    order_qty: "0.01",
    post_only: true,
  });
  screen.log(
    `${c.green("ORDER")} Order placed: buy 0.01 ${SYMBOL} @ ${price} -> order_id ${result.order_id} (cl_ord_id ${result.cl_ord_id})`,
  );
  return result;
}

/** REST (private, signed): a resting limit buy well below the best bid; returns its txid. */
async function placeRestOrder(rest, book, screen) {
  const price = restingPrice(book, 3000);
  const { txid, descr } = await rest.addOrder({
    ordertype: "limit",
    type: "buy",
    pair: "XBTUSD",
    price,
    volume: "0.01",
    oflags: "post",
  });
  const id = txid?.[0];
  if (!id) throw new DemoError("the REST order got no txid");
  screen.log(`${c.green("ORDER")} Order placed over REST: ${descr.order} -> txid ${id}`);
  return id;
}

async function cancelRestOrder(rest, txid, screen) {
  const { count } = await rest.cancelOrder({ txid });
  screen.log(`${c.green("ORDER")} Order cancelled over REST: ${txid} (${count} cancelled)`);
}

/** A limit price `below` dollars under the best bid, in whole dollars (a valid BTC/USD tick). */
function restingPrice(book, below) {
  const bid = book.bestBid();
  if (!bid) throw new DemoError("the book has no bids");
  return String(Math.trunc(Number(bid.price)) - below);
}

/** WS: a market buy that fills against the book; logs the fill from the executions channel. */
async function fillOrder(ws, screen, executions) {
  const clOrdId = crypto.randomUUID(); // the fill can arrive before the order's ack: match it by our id
  const isFill = (e) => e.cl_ord_id === clOrdId && e.exec_type === "trade";
  const filled = waitForEvent(executions, "message", {
    timeoutMs: 5000,
    what: "the market order's fill",
    match: (m) => m.data.some(isFill),
  });
  const { order_id: orderId } = await ws.addOrder({
    order_type: "market",
    side: "buy",
    symbol: SYMBOL,
    order_qty: "0.01",
    cl_ord_id: clOrdId,
  });
  const fills = (await filled).data.filter(isFill);
  for (const f of fills)
    screen.log(
      `${c.green("FILL")}  Filled over WS: bought ${f.last_qty} ${SYMBOL} @ ${f.last_price} (market order ${orderId}, fee ${f.fees?.[0]?.qty ?? "?"} ${f.fees?.[0]?.asset ?? ""})`,
    );
}

async function cancelOrder(ws, order, screen, executions) {
  const cancelled = waitForEvent(executions, "message", {
    timeoutMs: 5000,
    what: "the cancellation's execution report",
    match: (m) => m.data.some((e) => e.order_id === order.order_id && e.exec_type === "canceled"),
  });
  await ws.cancelOrder({ order_id: [order.order_id] });
  await cancelled;
  screen.log(`${c.green("ORDER")} Order cancelled: ${order.order_id}`);
}

/** Drops every simulator socket abruptly and waits for the client to recover on its own. */
async function forceDisconnect(ws, sim, book, screen) {
  const publicBack = waitForEvent(ws, "reconnected", {
    timeoutMs: 10_000,
    what: "the public reconnect",
    match: (e) => e.connection === "public",
  });
  const authBack = waitForEvent(ws, "reconnected", {
    timeoutMs: 10_000,
    what: "the auth reconnect",
    match: (e) => e.connection === "auth",
  });
  const rebuilt = waitForEvent(book, "update", {
    timeoutMs: 10_000,
    what: "a fresh book snapshot after the reconnect",
    match: (e) => e.type === "snapshot",
  });
  const resyncsBefore = book.stats.resyncs;
  const dropped = sim.faults.ws.close({ code: 1006 });
  screen.log(
    `${c.yellow("FAULT")} Simulator dropped ${dropped} WebSocket connections (sim.faults.ws.close, code 1006)`,
  );
  await Promise.all([publicBack, authBack, rebuilt]);
  if (book.stats.resyncs === resyncsBefore)
    throw new DemoError("the book was not rebuilt after the reconnect");
  const before = book.stats.updates;
  await waitForEvent(book, "update", { timeoutMs: 5000, what: "book updates after the reconnect" });
  const { bids, asks } = book.size;
  screen.log(
    `${c.green("WS")}    Recovered: book rebuilt from a fresh snapshot (${bids} bids, ${asks} asks), updates flowing again (${book.stats.updates - before} since)`,
  );
}
