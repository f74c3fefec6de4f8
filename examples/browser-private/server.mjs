/**
 * The server half of the browser-private pattern: it holds the API key and secret, mints short-lived
 * WebSocket tokens (`rest.webSocketToken()`) at POST /token, and serves the page. The browser never
 * sees the secret: it only receives tokens, which are valid for the private WebSocket alone.
 *
 *   KRAKEN_API_KEY=... KRAKEN_API_SECRET=... node examples/browser-private/server.mjs
 *
 * Env: KRAKEN_API_KEY, KRAKEN_API_SECRET (required), KRAKEN_REST_URL (default Kraken's),
 * KRAKEN_WS_AUTH_URL (told to the page; default wss://ws-auth.kraken.com/v2), PORT (default 8080,
 * 0 = any free port), HOST (default 127.0.0.1).
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { KrakenRest } from "kraken-connector";

const here = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = join(here, "..", "..");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};
// The only files served: the page, its script and the SDK's browser build (its entry and the chunks it
// loads on first use). Nothing else of the disk is reachable.
const FILES = {
  "/": join(here, "index.html"),
  "/app.js": join(here, "app.js"),
};
const SDK_FILE = /^\/dist\/browser\/[\w-]+\.js(?:\.map)?$/;

/**
 * Starts the token server.
 * @param {{ apiKey: string, apiSecret: string, restUrl?: string, wsAuthUrl?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startTokenServer({
  apiKey,
  apiSecret,
  restUrl,
  wsAuthUrl,
  port = 8080,
  host = "127.0.0.1",
}) {
  const rest = new KrakenRest({ apiKey, apiSecret, ...(restUrl ? { baseUrl: restUrl } : {}) });
  const config = JSON.stringify({ wsAuthUrl: wsAuthUrl ?? "wss://ws-auth.kraken.com/v2" });

  const server = createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
    };
    try {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (path === "/token") {
        // A real app authenticates its own user here (session cookie, CSRF check) before minting.
        if (req.method !== "POST" || req.headers["sec-fetch-site"] === "cross-site")
          return send(403, "text/plain", "forbidden");
        const token = await rest.webSocketToken(); // cached by the SDK and renewed before it expires
        return send(200, "application/json", JSON.stringify({ token }));
      }
      if (path === "/config") return send(200, "application/json", config);
      const file = FILES[normalize(path)] ?? (SDK_FILE.test(path) ? join(repoRoot, path) : undefined);
      const body = file ? await readFile(file).catch(() => undefined) : undefined;
      if (!body) return send(404, "text/plain", "not found");
      send(200, TYPES[extname(file) || ".html"] ?? "application/octet-stream", body);
    } catch (error) {
      // Errors of the SDK carry no secrets; still, the page only gets a generic message.
      console.error(`request failed: ${error.message}`);
      send(502, "text/plain", "upstream error");
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address();
  return {
    url: `http://${host}:${actual}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive sockets of open pages would hold close() forever
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const env = process.env;
  if (!env.KRAKEN_API_KEY || !env.KRAKEN_API_SECRET) {
    console.error(
      "set KRAKEN_API_KEY and KRAKEN_API_SECRET (a key with the WebSocket and query permissions)",
    );
    process.exit(1);
  }
  const server = await startTokenServer({
    apiKey: env.KRAKEN_API_KEY,
    apiSecret: env.KRAKEN_API_SECRET,
    restUrl: env.KRAKEN_REST_URL,
    wsAuthUrl: env.KRAKEN_WS_AUTH_URL,
    port: env.PORT ? Number(env.PORT) : 8080,
    host: env.HOST ?? "127.0.0.1",
  });
  console.log(`browser-private example listening on ${server.url}`);
  process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
  process.on("SIGINT", () => server.close().then(() => process.exit(0)));
}
