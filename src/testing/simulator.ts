import type { Account } from "./exchange/account.js";
import { Exchange, type ExchangeOptions } from "./exchange/exchange.js";
import type { SystemStatus } from "./exchange/types.js";
import { FuturesFaults } from "./futures/faults.js";
import { DEMO_FUTURES_KEY, type SimFuturesKeyConfig } from "./futures/keys.js";
import { FuturesService } from "./futures/service.js";
import { FuturesVenue, type FuturesVenueOptions } from "./futures/venue.js";
import type { FuturesWsV1Faults } from "./futures/ws-v1/faults.js";
import { type FuturesWsV1Server, startFuturesWsV1 } from "./futures/ws-v1/server.js";
import { MarketGenerator, type MarketGeneratorOptions } from "./market/index.js";
import { Recorder } from "./recorder.js";
import type { LockoutPolicy } from "./rest/auth.js";
import { RestFaults } from "./rest/faults.js";
import { DEMO_API_KEY, DEMO_API_SECRET, type SimApiKeyConfig } from "./rest/keys.js";
import { startRestServer } from "./rest/server.js";
import { startWsServers, type WsFaults, type WsServerOptions } from "./ws/index.js";

/** Options of {@link startKrakenSimulator}. */
export interface SimulatorOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** Fixed REST port (default: an ephemeral port). */
  readonly restPort?: number;
  /** API keys. Default: the demo key (all permissions, account `demo`). */
  readonly keys?: readonly SimApiKeyConfig[];
  /** Exchange setup: pairs, assets, accounts and their balances, clock, seed, initial liquidity. */
  readonly exchange?: ExchangeOptions;
  /**
   * The seeded market generator: options, or `false` for a still market (books only change through
   * your own orders). Default: started at 10 actions per second with the exchange's seed.
   */
  readonly market?: (MarketGeneratorOptions & { readonly autoStart?: boolean }) | false;
  /**
   * Lock a key out with `EGeneral:Temporary lockout` after this many consecutive invalid-key or
   * invalid-signature attempts, for `durationMs` (extended by each retry). Default: off.
   */
  readonly authLockout?: LockoutPolicy;
  /** WebSocket server options (heartbeat period, limits). */
  readonly ws?: WsServerOptions;
  /**
   * The Derivatives venue: accounts, instruments, funding interval, liquidity, and its API keys
   * (separate from Spot keys; default: the Derivatives demo key).
   */
  readonly futures?: FuturesVenueOptions & { readonly keys?: readonly SimFuturesKeyConfig[] };
}

/** Every fault the simulator can inject (`sim.faults`). */
export interface SimulatorFaults {
  /** REST faults: delay, reject, drop after apply, rate limit, HTTP status — scoped per operation or key. */
  readonly rest: RestFaults;
  /** WebSocket faults: close, stall, delay, corrupt checksum, skip sequence, malformed/unknown frames … */
  readonly ws: WsFaults;
  /** Derivatives REST faults: the REST ones (any Kraken error code, drops, HTTP status, delay) plus maintenance. */
  readonly futures: FuturesFaults;
  /** Derivatives WebSocket v1 faults: drops, stalls, skipped `seq`, crossed books, refused challenges. */
  readonly futuresWs: FuturesWsV1Faults;
  /** Switches the exchange mode: REST SystemStatus and WS `status` report it; trading obeys it. */
  setSystemStatus(status: SystemStatus): void;
  /** Lifts every REST, WS and Derivatives fault and sets the system status back to `online`. */
  clear(): void;
}

/** Account management (`sim.accounts`). */
export interface SimulatorAccounts {
  /** An account by id (throws when unknown). */
  get(id: string): Account;
  /** Creates (or replaces) an account with starting balances by REST asset id (`XXBT`, `ZUSD`). */
  create(id: string, balances?: Readonly<Record<string, string>>): Account;
  /** Every account. */
  list(): Account[];
  /** Credits a deposit (ledger entry + WS balances update). */
  deposit(id: string, asset: string, amount: string): void;
}

/** A running simulator. */
export interface KrakenSimulator {
  /** REST origin (use as the client's `baseUrl`); paths are Kraken's, e.g. `/0/public/Time`. */
  readonly restUrl: string;
  /** Public WebSocket v2 endpoint (`wss://ws.kraken.com/v2`). */
  readonly wsUrl: string;
  /** Private WebSocket v2 endpoint (`wss://ws-auth.kraken.com/v2`). */
  readonly wsAuthUrl: string;
  /** Level 3 WebSocket v2 endpoint (`wss://ws-l3.kraken.com/v2`). */
  readonly wsL3Url: string;
  /**
   * Derivatives REST origin (stands in for `https://futures.kraken.com`): the same server as
   * {@link KrakenSimulator.restUrl}, paths `/derivatives/api/v3/...`, `/api/history/v3/...`, ...
   */
  readonly futuresUrl: string;
  /** The Derivatives venue: instruments, books, accounts and positions, prices (`setPrices`), funding. */
  readonly futures: FuturesVenue;
  /** Derivatives WebSocket v1 endpoint (stands in for `wss://futures.kraken.com/ws/v1`), fed from the venue. */
  readonly futuresWsUrl: string;
  /** The v1 endpoint: its faults, the challenges it issued, its connections. */
  readonly futuresWs: FuturesWsV1Server;
  /** The Derivatives API keys the simulator accepts. */
  readonly futuresKeys: readonly SimFuturesKeyConfig[];
  /** Adds (or replaces) a Derivatives API key while running. */
  addFuturesKey(key: SimFuturesKeyConfig): void;
  /** The API keys the simulator accepts (the first is the demo key unless you configured others). */
  readonly keys: readonly SimApiKeyConfig[];
  /** Adds (or replaces) an API key while running. */
  addKey(key: SimApiKeyConfig): void;
  /** The exchange: accounts, balances, books, orders, events. */
  readonly exchange: Exchange;
  /** The simulated accounts. */
  readonly accounts: SimulatorAccounts;
  /** The seeded market generator (undefined when disabled). */
  readonly market: MarketGenerator | undefined;
  /** Fault injection. */
  readonly faults: SimulatorFaults;
  /** Everything received (REST requests, WS frames). */
  readonly recorder: Recorder;
  /** Stops the market, closes every socket and server. */
  close(): Promise<void>;
}

/** The default key: all permissions, account `demo`. */
export const DEMO_KEY: SimApiKeyConfig = {
  key: DEMO_API_KEY,
  secret: DEMO_API_SECRET,
  accountId: "demo",
  name: "demo",
};

/**
 * Starts an embedded Kraken (REST + WebSocket v2) on loopback ports.
 *
 * @example
 * import { startKrakenSimulator, DEMO_API_KEY, DEMO_API_SECRET } from "kraken-connector/testing";
 * const sim = await startKrakenSimulator();
 * const rest = new KrakenRest({ baseUrl: sim.restUrl, apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
 * await rest.addOrder({ ordertype: "limit", type: "buy", pair: "XBTUSD", price: "60000", volume: "0.01" });
 * await sim.close();
 */
export async function startKrakenSimulator(options: SimulatorOptions = {}): Promise<KrakenSimulator> {
  const exchange = new Exchange(options.exchange);
  const recorder = new Recorder();
  const restFaults = new RestFaults();
  const keys = options.keys ?? [DEMO_KEY];
  const host = options.host ?? "127.0.0.1";
  const futuresFaults = new FuturesFaults();
  const { keys: futuresKeys, ...venueOptions } = options.futures ?? {};
  const venue = new FuturesVenue(exchange.clock, { seed: options.exchange?.seed ?? 1, ...venueOptions });
  const futures = new FuturesService({
    venue,
    keys: futuresKeys ?? [DEMO_FUTURES_KEY],
    faults: futuresFaults,
    recorder,
    spot: exchange,
  });
  const [restResult, wsResult] = await Promise.allSettled([
    startRestServer({
      exchange,
      keys,
      faults: restFaults,
      recorder,
      host,
      futures,
      ...(options.restPort ? { port: options.restPort } : {}),
      ...(options.authLockout ? { lockout: options.authLockout } : {}),
    }),
    startWsServers({ exchange, recorder, options: { host, ...options.ws } }),
  ]);
  if (restResult.status === "rejected" || wsResult.status === "rejected") {
    // Do not leak the half that did start (e.g. a fixed REST port already in use).
    if (restResult.status === "fulfilled") await restResult.value.close();
    if (wsResult.status === "fulfilled") await wsResult.value.close();
    exchange.close();
    venue.close();
    throw restResult.status === "rejected" ? restResult.reason : (wsResult as PromiseRejectedResult).reason;
  }
  const rest = restResult.value;
  const ws = wsResult.value;
  let futuresWs: FuturesWsV1Server;
  try {
    futuresWs = await startFuturesWsV1({ venue, keys: () => futures.auth.keys(), host });
  } catch (e) {
    await Promise.all([rest.close(), ws.close()]);
    exchange.close();
    venue.close();
    throw e;
  }
  let market: MarketGenerator | undefined;
  if (options.market !== false) {
    market = new MarketGenerator(exchange, { seed: options.exchange?.seed ?? 1, ...options.market });
    if (options.market?.autoStart !== false) market.start();
  }
  const faults: SimulatorFaults = {
    rest: restFaults,
    ws: ws.faults,
    futures: futuresFaults,
    futuresWs: futuresWs.faults,
    setSystemStatus: (status) => exchange.setStatus(status),
    clear: () => {
      restFaults.clear();
      ws.faults.clear();
      futuresFaults.clear();
      futuresWs.faults.clear();
      exchange.setStatus("online");
    },
  };
  let closed = false;
  return {
    restUrl: rest.url,
    wsUrl: ws.wsUrl,
    wsAuthUrl: ws.wsAuthUrl,
    wsL3Url: ws.wsL3Url,
    futuresUrl: rest.url,
    futures: venue,
    futuresWsUrl: futuresWs.url,
    futuresWs,
    get futuresKeys() {
      return futures.auth.keys();
    },
    addFuturesKey: (key) => futures.auth.addKey(key),
    get keys() {
      return rest.auth.keys();
    },
    addKey: (key) => rest.auth.addKey(key),
    exchange,
    accounts: {
      get: (id) => exchange.account(id),
      create: (id, balances) => exchange.createAccount(id, balances),
      list: () => exchange.accounts(),
      deposit: (id, asset, amount) => exchange.deposit(id, asset, amount),
    },
    market,
    faults,
    recorder,
    async close() {
      if (closed) return;
      closed = true;
      market?.stop();
      exchange.close();
      venue.close();
      await Promise.all([rest.close(), ws.close(), futuresWs.close()]);
    },
  };
}
