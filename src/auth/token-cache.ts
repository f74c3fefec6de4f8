/** A WebSocket token as returned by GetWebSocketsToken. */
export interface WebSocketToken {
  token: string;
  /** Lifetime in seconds from issue (Kraken: 900). */
  expires: number;
}

/** Options of {@link createTokenCache}. */
export interface TokenCacheOptions {
  /** Refresh this long before the token expires, in ms. Default 60 000. */
  refreshMarginMs?: number;
  /** Clock in ms; injectable for tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * Options of one token request.
 * @example
 * const token = await rest.webSocketToken(); // cached until shortly before it expires
 * const fresh = await rest.webSocketToken({ forceRefresh: true, signal }); // e.g. after "EAPI:Invalid token"
 */
export interface TokenRequestOptions {
  /** Ignore the cached token and fetch a new one (e.g. after `EAPI:Invalid token`). */
  forceRefresh?: boolean;
  signal?: AbortSignal;
}

/**
 * Caches a WebSocket token until shortly before it expires, with single-flight: concurrent callers
 * share one fetch. A failed fetch is not cached.
 */
export function createTokenCache(
  fetchToken: (signal?: AbortSignal) => Promise<WebSocketToken>,
  { refreshMarginMs = 60_000, now = Date.now }: TokenCacheOptions = {},
): (options?: TokenRequestOptions) => Promise<string> {
  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  return (options = {}) => {
    if (!options.forceRefresh && cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
    if (inFlight) return inFlight;
    const started = now();
    inFlight = fetchToken(options.signal).then(
      ({ token, expires }) => {
        const lifetimeMs = (Number.isFinite(expires) && expires > 0 ? expires : 900) * 1000;
        cached = { token, refreshAt: started + Math.max(0, lifetimeMs - refreshMarginMs) };
        inFlight = undefined;
        return token;
      },
      (error: unknown) => {
        inFlight = undefined;
        throw error;
      },
    );
    return inFlight;
  };
}
