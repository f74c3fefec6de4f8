/**
 * Browser dashboard: a live, checksum-verified order book as a depth chart and ladder, plus the trade
 * feed, straight from Kraken's public WebSocket v2 (or any compatible URL given as `?ws=`).
 *
 * Query string: `ws` (public WebSocket v2 URL, default Kraken's), `symbol` (default BTC/USD),
 * `depth` (10 | 25 | 100 | 500 | 1000, default 25), `rest` (REST origin for the server time,
 * default Kraken's).
 * Test hooks: `window.__dashboard` (see README.md).
 */
import * as sdk from "/dist/browser/index.js";
import { drawDepthChart } from "./depth-chart.js";

const query = new URLSearchParams(location.search);
const symbol = query.get("symbol") ?? "BTC/USD";
const depth = Number(query.get("depth") ?? 25);
const LADDER = 12;
const MAX_TRADES = 40;

/** State the page renders, also exposed for tests and the runtime matrix. */
const state = {
  ready: false,
  error: undefined,
  symbol,
  levels: { bids: [], asks: [] },
  trades: [],
  stats: undefined,
  checksumOk: false,
  serverTime: undefined,
  sdk,
  ws: undefined,
  book: undefined,
};
window.__dashboard = state;

const $ = (id) => document.getElementById(id);
$("symbol").textContent = symbol;

const ws = new sdk.KrakenWs({ ...(query.get("ws") ? { url: query.get("ws") } : {}) });
state.ws = ws;
ws.on("state", (e) => {
  if (e.connection === "public") $("status").textContent = e.state;
});

/** Replaces a table body's rows. Cells are set as text, never parsed as HTML: feed data is untrusted. */
function fillRows(tbody, rows) {
  const trs = rows.map((cells) => {
    const tr = document.createElement("tr");
    for (const [className, text] of cells) {
      const td = tr.insertCell();
      td.className = className;
      td.textContent = String(text ?? "");
    }
    return tr;
  });
  tbody.replaceChildren(...trs);
}

function renderBook(book) {
  const bids = book.bids(depth);
  const asks = book.asks(depth);
  state.levels = { bids, asks };
  state.stats = { ...book.stats };
  state.checksumOk = book.stats.verified > 0 && book.stats.mismatches === 0;
  drawDepthChart($("depth"), book.levelsAsNumbers(depth), {
    low: bids.at(-1)?.price ?? "",
    high: asks.at(-1)?.price ?? "",
  });
  fillRows(
    $("bids"),
    bids.slice(0, LADDER).map((l) => [
      ["", l.qty],
      ["bid", l.price],
    ]),
  );
  fillRows(
    $("asks"),
    asks.slice(0, LADDER).map((l) => [
      ["ask", l.price],
      ["", l.qty],
    ]),
  );
  $("spread").textContent = `spread ${book.spread() ?? "–"}`;
  const s = book.stats;
  $("checksums").textContent =
    `checksums verified ${s.verified} · mismatches ${s.mismatches} · resyncs ${s.resyncs}`;
  $("checksums").className = s.mismatches > 0 ? "bad" : "muted";
}

function renderTrades(message) {
  for (const t of message.data) state.trades.unshift(t);
  state.trades.length = Math.min(state.trades.length, MAX_TRADES);
  fillRows(
    $("trades"),
    state.trades.map((t) => [
      [t.side, t.timestamp.slice(11, 19)],
      [t.side, t.price],
      [t.side, t.qty],
    ]),
  );
}

async function showServerTime() {
  const rest = new sdk.KrakenRest({ ...(query.get("rest") ? { baseUrl: query.get("rest") } : {}) });
  try {
    const time = await rest.getServerTime();
    state.serverTime = time;
    $("server-time").textContent = `server time ${time.rfc1123}`;
  } catch (error) {
    $("server-time").textContent = `REST unavailable (${error.message})`;
  }
}

async function start() {
  void showServerTime();
  const book = await ws.book({ symbol, depth });
  state.book = book;
  let pending;
  const schedule = () => {
    // At most ~10 redraws a second, however fast updates arrive. A timer rather than
    // requestAnimationFrame, which stops in background tabs and headless pages.
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      renderBook(book);
    }, 100);
  };
  book.on("update", schedule);
  renderBook(book);
  const trades = await ws.subscribe({ channel: "trade", symbol: [symbol], snapshot: true });
  trades.on("message", renderTrades);
  state.ready = true;
}

start().catch((error) => {
  state.error = error.message;
  $("status").textContent = `error: ${error.message}`;
  $("status").className = "bad";
});
