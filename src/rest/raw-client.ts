// The raw typed openapi-fetch client of a KrakenRest: its own export, so apps that only call the
// generated methods bundle none of openapi-fetch.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../../generated/index.js";
import { type KrakenRest, restInternals } from "./kraken-rest.js";
import { sendRaw } from "./raw-fetch.js";

const clients = new WeakMap<KrakenRest, Client<paths>>();

/**
 * The raw typed [openapi-fetch](https://openapi-ts.dev/openapi-fetch/) client of `rest` (one per
 * client, created on first call). Its requests go through the same pipeline (signing, nonces, rate
 * limits, retries, redirect and size limits) and return Kraken's `{ error, result }` envelope
 * unchanged. Middleware registered with `use` also sees the generated methods' calls.
 * @example
 * ```ts
 * const raw = rawClient(rest);
 * const { data } = await raw.GET("/public/Depth", { params: { query: { pair: "XBTUSD" } } });
 * raw.use({ onRequest: ({ schemaPath }) => console.log("calling", schemaPath) });
 * ```
 */
export function rawClient(rest: KrakenRest): Client<paths> {
  let client = clients.get(rest);
  if (client) return client;
  const internals = restInternals(rest);
  const { transport, fetch: passThrough } = internals;
  const created = createClient<paths>({
    baseUrl: internals.baseUrl,
    fetch: (request: Request) => sendRaw(transport, passThrough, request),
    querySerializer: { array: { style: "form", explode: false } },
  });
  const loose = created as unknown as Record<
    "GET" | "POST",
    (path: string, init: object) => Promise<unknown>
  >;
  let middleware = 0;
  const count = (n: number) => {
    middleware = Math.max(0, middleware + n);
    // While middleware is registered, the generated methods go through openapi-fetch so it runs.
    internals.via =
      middleware === 0
        ? undefined
        : (row, params, ctx) => {
            const init: Record<string, unknown> = {
              fetch: (request: Request) => sendRaw(transport, passThrough, request, ctx),
              parseAs: "stream",
            };
            if (ctx.options.signal) init.signal = ctx.options.signal;
            return row.method === "get"
              ? loose.GET(row.path, { ...init, params: { query: params ?? {} } })
              : loose.POST(row.path, init);
          };
  };
  const { use, eject } = created;
  created.use = (...mw) => {
    use(...mw);
    count(mw.length);
  };
  created.eject = (...mw) => {
    eject(...mw);
    count(-mw.length);
  };
  client = created;
  clients.set(rest, client);
  return client;
}
