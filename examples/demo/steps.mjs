/**
 * The demo's building blocks, shared by the simulated and the live run. Each step prints what it did;
 * a failing step throws a {@link DemoError} with a message meant for the terminal.
 */
import { bookPanel, checksumLine } from "./book-panel.mjs";
import { c } from "./screen.mjs";

/** A failure the demo reports in one friendly line (no stack trace). */
export class DemoError extends Error {}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the first `event` payload of `emitter` that matches, or fails after `timeoutMs`. */
export function waitForEvent(emitter, event, { timeoutMs, what, match = () => true }) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new DemoError(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const off = emitter.on(event, (payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

/** REST: Kraken's clock. */
export async function showServerTime(rest, screen) {
  const time = await rest.getServerTime();
  screen.log(`${c.cyan("REST")}  Server time: ${time.rfc1123} (unixtime ${time.unixtime})`);
  return time;
}

/** REST (private, signed): balances with exact decimal strings. */
export async function showBalances(rest, screen) {
  const balances = await rest.getAccountBalance();
  const list = Object.entries(balances).map(([asset, amount]) => `${asset} ${amount}`);
  screen.log(`${c.cyan("REST")}  Balances: ${list.join(", ")}`);
  return balances;
}

/** REST (public): last trade price of a pair. */
export async function showTicker(rest, screen, pair) {
  const ticker = await rest.getTickerInformation({ pair });
  for (const [name, t] of Object.entries(ticker)) {
    screen.log(
      `${c.cyan("REST")}  Ticker ${name}: last ${t.c[0]}, bid ${t.b[0]}, ask ${t.a[0]}, 24h volume ${t.v[1]}`,
    );
  }
  return ticker;
}

/** Logs the client's connection lifecycle (disconnects, reconnects, resubscriptions). */
export function logConnectionEvents(ws, screen) {
  const offs = [
    ws.on("disconnected", (e) =>
      screen.log(
        `${c.yellow("WS")}    ${e.connection} connection lost (code ${e.code})${e.willReconnect ? ", reconnecting…" : ""}`,
      ),
    ),
    ws.on("reconnected", (e) =>
      screen.log(`${c.green("WS")}    ${e.connection} connection reconnected after ${e.downtimeMs} ms`),
    ),
    ws.on("resubscribed", (e) =>
      screen.log(
        `${c.green("WS")}    resubscribed ${e.channel}${e.symbols.length ? ` ${e.symbols.join(",")}` : ""}`,
      ),
    ),
    ws.on("error", (e) => screen.log(`${c.yellow("WS")}    ${e.message}`)),
  ];
  return () => {
    for (const off of offs) off();
  };
}

/** WS: opens a checksum-verified book and shows it as a live panel. */
export async function openBook(ws, screen, { symbol, depth = 10, levels = 8, timeoutMs = 30_000 }) {
  const started = Date.now();
  const book = await ws.book({ symbol, depth, timeoutMs });
  screen.log(
    `${c.cyan("WS")}    Book ${symbol} depth ${depth}: snapshot applied in ${Date.now() - started} ms`,
  );
  const offResync = book.on("resync", (e) =>
    screen.log(
      `${c.yellow("WS")}    Book ${symbol} discarded (${e.reason}); rebuilding from a fresh snapshot`,
    ),
  );
  const elapsed = () => c.dim(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  screen.show(bookPanel(book, { symbol, levels, title: elapsed }));
  bookListeners.set(book, offResync);
  return book;
}

const bookListeners = new WeakMap();

/** Final book line, and a check that checksums were really verified. */
export function finishBook(book, screen, symbol) {
  bookListeners.get(book)?.(); // closing the client ends the book: not worth a log line
  screen.stop();
  screen.log(`${c.cyan("WS")}    Book ${symbol} final: ${checksumLine(book)}`);
  if (book.stats.verified === 0) throw new DemoError(`no checksum of the ${symbol} book was verified`);
}
