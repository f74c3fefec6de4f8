/**
 * The browser half of the browser-private pattern: streams the account's executions and balances
 * over Kraken's private WebSocket. Tokens come from our own server (`POST /token`), which holds the
 * API secret; this page never sees it. The SDK asks for a fresh token whenever it (re)connects.
 * Test hooks: `window.__private` (see README.md).
 */
import { KrakenWs } from "/dist/browser/index.js";

const state = { ready: false, error: undefined, executions: [], balances: {}, tokensFetched: 0 };
window.__private = state;
const $ = (id) => document.getElementById(id);

/** Asks our server for a WebSocket token; the session cookie (if any) authenticates us there. */
async function getToken() {
  const res = await fetch("/token", { method: "POST", credentials: "same-origin" });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  state.tokensFetched++;
  return (await res.json()).token;
}

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

function renderBalances() {
  fillRows(
    $("balances"),
    Object.entries(state.balances).map(([asset, balance]) => [
      ["", asset],
      ["", balance],
    ]),
  );
}

function renderExecutions() {
  const cells = (e) =>
    [
      (e.timestamp ?? "").slice(11, 19),
      e.order_id,
      e.exec_type,
      e.order_status,
      e.side,
      e.symbol,
      e.order_qty ?? e.last_qty,
      e.limit_price ?? e.last_price,
    ].map((v) => ["", v]);
  fillRows($("executions"), state.executions.slice(0, 50).map(cells));
}

async function start() {
  const config = await fetch("/config").then((r) => r.json());
  const ws = new KrakenWs({ authUrl: config.wsAuthUrl, getToken });
  ws.on("state", (e) => ($("status").textContent = `${e.connection}: ${e.state}`));

  const balances = await ws.subscribe({ channel: "balances", snapshot: true });
  balances.on("message", (msg) => {
    for (const b of msg.data) state.balances[b.asset] = b.balance;
    renderBalances();
  });
  const executions = await ws.subscribe({ channel: "executions", snap_orders: true, snap_trades: true });
  executions.on("message", (msg) => {
    state.executions.unshift(...[...msg.data].reverse());
    renderExecutions();
  });
  state.ready = true;
}

start().catch((error) => {
  state.error = error.message;
  $("status").textContent = `error: ${error.message}`;
  $("status").className = "bad";
});
