// Redirect leg of the runtime tests (Deno, Chromium): Spot and Derivatives calls (public, private,
// order writes) against a server that answers every request under /s<status>/ with that redirect.
// Returns what each call did as plain JSON, for the Node test runner to judge.

export const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/** The facts of an error the assertions need (instanceof against the bundle the caller loaded). */
function facts(sdk, e) {
  return {
    http: e instanceof sdk.KrakenHttpError,
    ambiguous: e instanceof sdk.KrakenAmbiguousRequestError,
    category: e?.category,
    message: String(e?.message),
    status: e?.status,
    reachedKraken: e?.reachedKraken,
    retryable: e?.retryable,
    clOrdId: e?.clOrdId,
    cause: e?.cause ? { http: e.cause instanceof sdk.KrakenHttpError, status: e.cause.status } : undefined,
  };
}

/**
 * Runs every call once per status. `sdk` is the "kraken-connector" namespace, `krakenUrl` the redirecting
 * server, `spot` and `futures` = { apiKey, apiSecret }. Never throws.
 */
export async function runRedirectCalls(sdk, { krakenUrl, spot, futures }) {
  const out = [];
  for (const status of REDIRECT_STATUSES) {
    const baseUrl = `${krakenUrl}/s${status}`;
    const common = { baseUrl, rateLimit: false, retry: false, timeoutMs: 5_000 };
    const rest = new sdk.KrakenRest({ ...common, ...spot });
    const fut = new sdk.KrakenFutures({ ...common, ...futures });
    const order = { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "1", volume: "1" };
    const futuresOrder = { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1", limitPrice: "1" };
    const calls = {
      "spot public": () => rest.getServerTime(),
      "spot private": () => rest.getAccountBalance(),
      "spot addOrder": () => rest.addOrder({ ...order, cl_ord_id: `spot-${status}` }),
      "futures public": () => fut.getTickers(),
      "futures private": () => fut.getAccounts(),
      "futures sendOrder": () => fut.sendOrder({ ...futuresOrder, cliOrdId: `futures-${status}` }),
    };
    for (const [call, run] of Object.entries(calls)) {
      try {
        const value = await run();
        out.push({ status, call, resolved: JSON.stringify(value ?? null).slice(0, 200) });
      } catch (e) {
        out.push({ status, call, error: facts(sdk, e) });
      }
    }
  }
  return out;
}
