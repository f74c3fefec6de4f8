/**
 * The demo against the embedded simulator: REST, a derivatives step (KrakenFutures: ticker, a filled
 * order, position and margin), a live verified book, an order placed and cancelled over WebSocket with
 * its executions, then a forced disconnect and the automatic recovery.
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
    const book = await openBook(ws, screen, { symbol: SYMBOL });
    const executions = await watchExecutions(ws, screen);

    await at(0.2);
    const order = await placeOrder(ws, book, screen);
    await at(0.4);
    await cancelOrder(ws, order, screen, executions);
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
  const bid = book.bestBid();
  if (!bid) throw new DemoError("the book has no bids");
  const price = String(Math.trunc(Number(bid.price)) - 2000); // whole dollars: a valid BTC/USD tick
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
