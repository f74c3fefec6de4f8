/**
 * The simulated Derivatives WebSocket v1 (`wss://futures.kraken.com/ws/v1`), fed from the Derivatives
 * venue: Kraken's challenge rule for private feeds, snapshots then changes for every feed, `seq` on
 * books, and faults (drops, stalls, skipped `seq`, crossed books, refused challenges).
 */
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { V1_PRIVATE_FEEDS, V1_PUBLIC_FEEDS } from "../../../futures-ws/feeds.js";
import { type JsonValue, writeJsonValue } from "../json.js";
import { futuresAuthent, type SimFuturesKeyConfig } from "../keys.js";
import type { FuturesVenue } from "../venue.js";
import { FuturesWsV1Faults } from "./faults.js";
import * as m from "./messages.js";
import { V1Session } from "./session.js";

/** Options of {@link startFuturesWsV1}. */
export interface FuturesWsV1Options {
  readonly venue: FuturesVenue;
  /** The Derivatives keys currently accepted. */
  readonly keys: () => readonly SimFuturesKeyConfig[];
  readonly host?: string;
  /** How often the venue is compared with what each connection was sent. Default 20 ms. */
  readonly tickMs?: number;
  /** Heartbeat feed period. Default 5 s. */
  readonly heartbeatMs?: number;
}

/** A running v1 endpoint (`sim.futuresWs`). */
export interface FuturesWsV1Server {
  /** The endpoint URL (stands in for `wss://futures.kraken.com/ws/v1`). */
  readonly url: string;
  readonly faults: FuturesWsV1Faults;
  /** Every challenge issued, in order. */
  readonly challenges: readonly string[];
  /** Connections accepted so far. */
  readonly connectionsAccepted: number;
  /** Open connections now. */
  readonly openConnections: number;
  close(): Promise<void>;
}

const REFUSED = "Failed to subscribe to authenticated feed";

/** Starts the endpoint on an ephemeral loopback port. */
export async function startFuturesWsV1(options: FuturesWsV1Options): Promise<FuturesWsV1Server> {
  const host = options.host ?? "127.0.0.1";
  const venue = options.venue;
  const faults = new FuturesWsV1Faults();
  const server = new WebSocketServer({ host, port: 0, path: "/ws/v1" });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const sessions = new Set<V1Session>();
  const challenges: string[] = [];
  let accepted = 0;
  faults.drop = (code = 1006) => {
    for (const s of sessions) {
      if (code === 1006) s.socket.terminate();
      else s.socket.close(code, "simulated drop");
    }
  };

  faults.stallOpen = (ms) => {
    for (const s of sessions) s.stalledUntil = Date.now() + ms;
  };

  server.on("connection", (socket) => {
    accepted++;
    const session = new V1Session(socket, venue, faults);
    sessions.add(session);
    socket.on("close", () => sessions.delete(session));
    socket.on("error", () => {});
    socket.on("message", (data, isBinary) => {
      if (!isBinary) handle(session, data.toString());
    });
    session.send({ event: "info", version: 1 });
  });

  const keyOf = (apiKey: unknown) => options.keys().find((k) => k.key === apiKey);

  function handle(s: V1Session, text: string): void {
    let msg: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new Error("not an object");
      msg = parsed as Record<string, unknown>;
    } catch {
      s.send({ event: "error", message: "Json Error" });
      return;
    }
    const event = msg.event;
    if (event === "challenge") {
      if (!keyOf(msg.api_key)) {
        s.send({ event: "error", message: "Json Error" });
        return;
      }
      const uuid = randomUUID();
      s.challenges.add(uuid);
      challenges.push(uuid);
      s.send({ event: "challenge", message: uuid });
      return;
    }
    if (event !== "subscribe" && event !== "unsubscribe") {
      s.send({ event: "error", message: "Json Error" });
      return;
    }
    const feed = msg.feed;
    if (typeof feed !== "string" || (!V1_PUBLIC_FEEDS.has(feed) && !V1_PRIVATE_FEEDS.has(feed))) {
      s.send({ event: "error", message: "Invalid feed" });
      return;
    }
    const products = Array.isArray(msg.product_ids) ? msg.product_ids.map(String) : [];
    if (V1_PRIVATE_FEEDS.has(feed)) {
      privateRequest(s, event, feed, msg, products);
      return;
    }
    if (feed !== "heartbeat" && (products.length === 0 || products.some((p) => !venue.instruments.has(p)))) {
      s.send({ event: "error", message: "Invalid product id" });
      return;
    }
    const ack: JsonValue = {
      event: `${event}d`,
      feed,
      ...(feed === "heartbeat" ? {} : { product_ids: products }),
    };
    if (event === "unsubscribe") {
      for (const p of products) {
        if (feed === "book") s.books.delete(p);
        if (feed === "ticker") s.tickers.delete(p);
        if (feed === "ticker_lite") s.lites.delete(p);
        if (feed === "trade") s.trades.delete(p);
      }
      if (feed === "heartbeat") s.heartbeat = false;
      s.send(ack);
      return;
    }
    s.send(ack);
    for (const p of products) {
      if (feed === "book") s.subscribeBook(p);
      if (feed === "ticker") {
        s.tickers.set(p, writeJsonValue(m.ticker(venue, p, 0)));
        s.send(m.ticker(venue, p, s.now()));
      }
      if (feed === "ticker_lite") {
        s.lites.set(p, "");
      }
      if (feed === "trade") s.subscribeTrades(p);
    }
    if (feed === "heartbeat") s.heartbeat = true;
  }

  function privateRequest(
    s: V1Session,
    event: "subscribe" | "unsubscribe",
    feed: string,
    msg: Record<string, unknown>,
    products: string[],
  ): void {
    const key = keyOf(msg.api_key);
    const original = typeof msg.original_challenge === "string" ? msg.original_challenge : "";
    const signed = typeof msg.signed_challenge === "string" ? msg.signed_challenge : "";
    const valid =
      key !== undefined &&
      s.challenges.has(original) &&
      signed === futuresAuthent(original, "", "", key.secret);
    if (!valid || faults.refuseChallenge > 0) {
      if (valid) faults.refuseChallenge--;
      s.send({ event: "alert", message: REFUSED });
      return;
    }
    const account = venue.account(key.accountId ?? "demo");
    s.account = account;
    // Kraken echoes the key and the challenge in the ack (the client must never log it).
    s.send({
      event: `${event}d`,
      feed,
      ...(products.length > 0 ? { product_ids: products } : {}),
      api_key: key.key,
      original_challenge: original,
      signed_challenge: signed,
    });
    if (event === "unsubscribe") {
      if (feed === "open_orders" || feed === "open_orders_verbose") s.orders.delete(feed);
      if (feed === "fills") s.fills = undefined;
      if (feed === "account_log") s.logs = undefined;
      if (feed === "open_positions") s.positions = undefined;
      if (feed === "balances") s.balances = undefined;
      if (feed === "notifications_auth") s.notifications = undefined;
      return;
    }
    const now = s.now();
    if (feed === "open_orders" || feed === "open_orders_verbose") s.subscribeOrders(feed, account);
    if (feed === "fills") s.subscribeFills(account);
    if (feed === "account_log") s.subscribeLog(account);
    if (feed === "open_positions") {
      s.positions = writeJsonValue(m.openPositions(venue, account, 0, 0));
      s.send(m.openPositions(venue, account, 0, now));
    }
    if (feed === "balances") {
      s.balances = { text: "", seq: 0 };
      s.send(m.balances(venue, account, "balances_snapshot", 0, now));
    }
    if (feed === "notifications_auth") {
      s.notifications = venue.notifications.length;
      s.send(m.notifications(venue));
    }
  }

  const heartbeatMs = options.heartbeatMs ?? 5000;
  const timer = setInterval(() => {
    for (const s of sessions) s.tick(heartbeatMs);
  }, options.tickMs ?? 20);
  timer.unref?.();

  return {
    url: `ws://${host}:${port}/ws/v1`,
    faults,
    challenges,
    get connectionsAccepted() {
      return accepted;
    },
    get openConnections() {
      return sessions.size;
    },
    async close() {
      clearInterval(timer);
      for (const s of sessions) s.socket.terminate();
      sessions.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
