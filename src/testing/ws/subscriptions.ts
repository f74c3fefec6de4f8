/**
 * `subscribe` / `unsubscribe`: validates params, answers one ack or error per symbol in Kraken's
 * shapes, keeps each connection's subscriptions and the hub index, checks tokens for private and
 * level3 channels, applies the level3 subscription rate counter, and sends snapshots after acks.
 */
import type { SimPair } from "../exchange/pairs.js";
import type { BookFeed } from "./book-feed.js";
import type { BookMirrors } from "./book-mirror.js";
import type { ConnSubscription, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";
import type { JsonValue } from "./json.js";
import type { Level3Feed } from "./level3-feed.js";
import type { MarketFeeds } from "./market-feeds.js";
import type { PrivateFeeds } from "./private-feeds.js";
import { type RequestInfo, respond, WsErrors } from "./protocol.js";
import { parseSubscribeParams, type SubscribeRequest, subscriptionKey } from "./subscribe-params.js";

/** Channel publishers the subscription handler hands snapshots to. */
export interface Feeds {
  readonly mirrors: BookMirrors;
  readonly book: BookFeed;
  readonly level3: Level3Feed;
  readonly market: MarketFeeds;
  readonly private: PrivateFeeds;
}

/** level3 subscription rate counter cost per symbol, by depth (rate-limits.md §D). */
const L3_COST: Readonly<Record<number, number>> = { 10: 5, 100: 25, 1000: 100 };

/** Subscription handling. */
export class Subscriptions {
  /** Tokens already accepted on a connection: usable there while it keeps a private subscription. */
  readonly #tokens = new WeakMap<WsConnection, Map<string, string>>();

  constructor(
    private readonly hub: Hub,
    private readonly feeds: Feeds,
    /** level3 subscription counter limit per second (Kraken: 200 standard, 500 pro). */
    private readonly level3RatePerSecond: number,
  ) {}

  /** Account of a token for this connection, or undefined when invalid. */
  accountOf(conn: WsConnection, token: string): string | undefined {
    const known = this.#tokens.get(conn)?.get(token);
    // Kraken: a token does not expire while a connection with a private subscription is maintained.
    if (known !== undefined && conn.subs.size > 0) return known;
    const account = this.hub.exchange.verifyToken(token);
    if (account !== undefined) {
      let map = this.#tokens.get(conn);
      if (!map) {
        map = new Map();
        this.#tokens.set(conn, map);
      }
      map.set(token, account);
    }
    return account;
  }

  /** Handles one subscribe/unsubscribe request. */
  handle(conn: WsConnection, req: RequestInfo, params: unknown, unsubscribe: boolean): void {
    const parsed = parseSubscribeParams(params, conn.endpoint, unsubscribe);
    if ("error" in parsed) {
      respond(conn, req, this.hub.now(), { error: parsed.error });
      return;
    }
    let accountId: string | undefined;
    if (parsed.token !== undefined) {
      accountId = this.accountOf(conn, parsed.token);
      if (accountId === undefined) {
        respond(conn, req, this.hub.now(), { error: WsErrors.invalidToken });
        return;
      }
    }
    if (!parsed.symbols) {
      this.#one(conn, req, parsed, undefined, accountId, unsubscribe);
      return;
    }
    for (const symbol of parsed.symbols) this.#one(conn, req, parsed, symbol, accountId, unsubscribe);
  }

  #one(
    conn: WsConnection,
    req: RequestInfo,
    r: SubscribeRequest,
    symbol: string | undefined,
    accountId: string | undefined,
    unsubscribe: boolean,
  ): void {
    let pair: SimPair | undefined;
    if (symbol !== undefined) {
      // WS v2 names pairs only by their v2 symbol (BTC/USD); XBT/USD or XXBTZUSD are refused.
      pair = this.hub.exchange.registry.pair(symbol);
      if (!pair || pair.wsname !== symbol) {
        respond(conn, req, this.hub.now(), { error: WsErrors.pairNotSupported(symbol), symbol });
        return;
      }
    }
    const key = subscriptionKey(r, symbol);
    const fail = (error: string): false => {
      respond(conn, req, this.hub.now(), { error, ...(symbol !== undefined ? { symbol } : {}) });
      return false;
    };
    if (unsubscribe) {
      const sub = conn.subs.get(key);
      if (!sub) {
        fail(WsErrors.notSubscribed);
        return;
      }
      conn.subs.delete(key);
      this.hub.remove(sub.indexKey, conn);
      respond(conn, req, this.hub.now(), { result: this.#ackResult(r, symbol, true) });
      return;
    }
    if (conn.subs.has(key)) {
      fail(WsErrors.alreadySubscribed);
      return;
    }
    if (r.channel === "level3") {
      // Only one depth per symbol on a connection.
      const taken = [...conn.subs.values()].some((s) => s.channel === "level3" && s.symbol === symbol);
      if (taken || !this.#level3Budget(conn, r.depth ?? 10)) {
        fail(taken ? WsErrors.alreadySubscribed : WsErrors.tooManyRequests);
        return;
      }
    }
    // Send pending book changes to existing subscribers first: the newcomer's snapshot is then the
    // exact state later updates start from.
    if ((r.channel === "book" || r.channel === "level3") && pair) this.feeds.mirrors.sync(pair.id);
    const indexKey = accountId !== undefined && r.channel !== "level3" ? `${r.channel}|${accountId}` : key;
    const sub: ConnSubscription = {
      key,
      indexKey,
      channel: r.channel,
      ...(symbol !== undefined ? { symbol } : {}),
      ...(r.depth !== undefined ? { depth: r.depth } : {}),
      ...(r.interval !== undefined ? { interval: r.interval } : {}),
      ...(r.eventTrigger !== undefined ? { eventTrigger: r.eventTrigger } : {}),
      ...(accountId !== undefined ? { accountId } : {}),
      orderStatus: r.orderStatus,
      sequence: 0,
    };
    conn.subs.set(key, sub);
    this.hub.add(indexKey, conn);
    respond(conn, req, this.hub.now(), { result: this.#ackResult(r, symbol, false) });
    this.#snapshot(conn, sub, r, pair);
  }

  #snapshot(conn: WsConnection, sub: ConnSubscription, r: SubscribeRequest, pair: SimPair | undefined): void {
    switch (r.channel) {
      case "book":
        this.feeds.book.subscribed(conn, sub, pair!, this.feeds.mirrors.get(pair!.id), r.snapshot);
        return;
      case "level3":
        this.feeds.level3.subscribed(conn, sub, pair!, this.feeds.mirrors.get(pair!.id), r.snapshot);
        return;
      case "executions":
        if (r.snapOrders || r.snapTrades)
          this.feeds.private.executionsSnapshot(conn, sub, r.snapOrders, r.snapTrades);
        return;
      case "balances":
        if (r.snapshot) this.feeds.private.balancesSnapshot(conn, sub);
        return;
      default:
        if (r.snapshot) this.feeds.market.snapshot(conn, sub, pair);
    }
  }

  #ackResult(r: SubscribeRequest, symbol: string | undefined, unsubscribe: boolean): JsonValue {
    const out: { [k: string]: JsonValue } = { channel: r.channel };
    if (symbol !== undefined) out.symbol = symbol;
    if (r.depth !== undefined) out.depth = r.depth;
    if (r.interval !== undefined) out.interval = r.interval;
    if (r.channel === "ticker" && (unsubscribe || r.eventTrigger !== "trades"))
      out.event_trigger = r.eventTrigger;
    if (r.channel === "executions" && !unsubscribe) {
      out.snap_orders = r.snapOrders;
      out.snap_trades = r.snapTrades;
      out.maxratecount = 125;
    } else if (!unsubscribe) {
      out.snapshot = r.snapshot;
    }
    if (!unsubscribe && r.warnings.length > 0) out.warnings = [...r.warnings];
    return out;
  }

  /** Charges the level3 subscription counter (decays by the limit per second); false when over. */
  #level3Budget(conn: WsConnection, depth: number): boolean {
    const now = this.hub.now();
    const limit = this.level3RatePerSecond;
    if (limit <= 0) return true;
    conn.l3Counter = Math.max(0, conn.l3Counter - ((now - conn.l3CounterAt) / 1000) * limit);
    conn.l3CounterAt = now;
    const cost = L3_COST[depth] ?? 5;
    if (conn.l3Counter + cost > limit) return false;
    conn.l3Counter += cost;
    return true;
  }

  /** Drops every subscription of a closed connection. */
  drop(conn: WsConnection): void {
    this.hub.removeConnection(conn);
  }
}
