/**
 * The demo against Kraken's real public endpoints (no API keys): server time and a ticker over REST,
 * and a live checksum-verified BTC/USD book over WebSocket. Nothing is traded.
 */
import { KrakenRest, KrakenWs } from "kraken-connector";
import { c } from "./screen.mjs";
import {
  DemoError,
  finishBook,
  logConnectionEvents,
  openBook,
  showServerTime,
  showTicker,
  sleep,
} from "./steps.mjs";

const SYMBOL = "BTC/USD";

/** Kraken's public endpoints; the env vars exist so tests can point the live mode at a dead port. */
export function liveEndpoints(env = process.env) {
  return {
    rest: env.KRAKEN_REST_URL || "https://api.kraken.com",
    ws: env.KRAKEN_WS_URL || "wss://ws.kraken.com/v2",
  };
}

/** Runs the live demo for `durationMs`. Network failures become one friendly {@link DemoError}. */
export async function runLive({ durationMs, screen }) {
  const urls = liveEndpoints();
  screen.log(
    `${c.bold("Live")} Kraken public endpoints: REST ${urls.rest}  WS ${urls.ws} (no keys, nothing is traded)`,
  );
  const rest = new KrakenRest({ baseUrl: urls.rest, timeoutMs: 8000, retry: { retries: 1 } });
  const ws = new KrakenWs({
    url: urls.ws,
    connectTimeoutMs: 8000,
    reconnect: { maxAttempts: 3, minDelayMs: 500 },
  });
  const stopLogging = logConnectionEvents(ws, screen);
  try {
    await unreachableAsFriendly(urls.rest, async () => {
      await showServerTime(rest, screen);
      await showTicker(rest, screen, "XBTUSD");
    });
    const book = await unreachableAsFriendly(urls.ws, () =>
      openBook(ws, screen, { symbol: SYMBOL, timeoutMs: 15_000 }),
    );
    await sleep(durationMs);
    finishBook(book, screen, SYMBOL);
  } finally {
    screen.stop();
    stopLogging();
    await ws.close();
  }
  screen.log(c.green("Closed the WebSocket client. Live demo complete."));
}

/** Turns network-level failures into a message that says what to do instead. */
async function unreachableAsFriendly(url, step) {
  try {
    return await step();
  } catch (error) {
    if (error instanceof DemoError) throw error;
    const reason = error?.message ?? String(error);
    throw new DemoError(
      `Kraken is unreachable at ${url} (${reason}).\n` +
        "  Check your internet connection or proxy, or run `npm run demo` without --live to use the built-in simulator.",
    );
  }
}
