// The core's shared state and its sockets: a link per connection, the replay when one reopens, the cleanup when one is lost.
import type { KrakenWsConnectionError } from "../errors/ws.js";
import { Connection, type ConnectionName } from "./connection/connection.js";
import type { Link } from "./protocol/link.js";
import { RequestTracker } from "./protocol/requests.js";
import type { RequestContext } from "./protocol/send-request.js";
import type { TokenSource } from "./protocol/token-source.js";
import type { SubscribeContext } from "./subscriptions/open-subscription.js";
import { asKrakenError, type Router } from "./subscriptions/router.js";
import type { WireHost, WireSubscriptions } from "./subscriptions/wire-subscriptions.js";
import type { StatusData } from "./types/channels.js";

/**
 * Everything one client's parts share: one object serves as the requests' context, the wire
 * subscriptions' host and every subscribe call's context.
 */
export interface CoreContext extends WireHost, RequestContext, SubscribeContext {
  readonly links: Map<ConnectionName, Link>;
  readonly tokens: TokenSource;
  /** Last `status` push per connection. */
  readonly status: Map<ConnectionName, StatusData>;
  // set once, right after the context is made (both are built on it)
  subs: WireSubscriptions;
  router: Router;
  /** After a reopened link's subscriptions are restored (the client's hook: the dead man's switch re-arms). */
  reconnected(name: ConnectionName): void;
}

/** Runs `fn` after every subscription change queued on the link before it. */
export function serial<T>(link: Link, fn: () => Promise<T>): Promise<T> {
  const run = link.queue.then(fn, fn);
  link.queue = run.catch(() => {});
  return run;
}

/** Creates (does not open) the link of a connection and registers it. */
export function newLink(c: CoreContext, name: ConnectionName): Link {
  const { o, events, router } = c;
  const conn: Connection = new Connection(name, o.urls[name], o.WebSocket, o.policy, o.budget, {
    frame: (text) => router.frame(link, text),
    opened: (isReconnect, downtimeMs) => opened(c, link, isReconnect, downtimeMs),
    lost: (info) => lost(c, link, info),
    state: (state, previous) => events.emit("state", { connection: name, state, previous }),
    reconnecting: (attempt, delayMs) => events.emit("reconnecting", { connection: name, attempt, delayMs }),
    pingFrame: () => JSON.stringify({ method: "ping", req_id: c.nextReqId() }),
  });
  const link: Link = {
    name,
    conn,
    requests: new RequestTracker(),
    queue: Promise.resolve(),
    epoch: 0,
    alive: new AbortController(),
  };
  c.links.set(name, link);
  return link;
}

function opened(c: CoreContext, link: Link, isReconnect: boolean, downtimeMs: number): void {
  link.epoch++;
  link.alive = new AbortController();
  c.events.emit("open", { connection: link.name });
  if (!isReconnect) return;
  if (link.name !== "public") c.tokens.drop(); // fresh token after every private reconnect
  const hadBaseline = link.name === "auth" ? c.seq.reset() : [];
  void serial(link, () => c.subs.replay(link))
    .then((ok) => {
      if (!ok) return;
      c.reconnected(link.name);
      c.events.emit("reconnected", { connection: link.name, downtimeMs });
      for (const channel of hadBaseline) c.router.gap({ channel, reason: "reconnect" });
    })
    .catch((e) => {
      // A socket that drops mid-replay replays again on its next open. One that stays open but does
      // not answer would leave subscriptions half restored: restart it so the replay runs again.
      if (c.isClosed() || link.conn.state !== "open" || link.alive.signal.aborted) return;
      c.events.emit("error", asKrakenError(e));
      link.conn.restart("subscriptions could not be restored");
    });
}

function lost(
  c: CoreContext,
  link: Link,
  info: { code: number; reason: string; final: boolean; failed: boolean; error: KrakenWsConnectionError },
): void {
  link.alive.abort();
  link.requests.dropAll(info.error);
  c.events.emit("disconnected", {
    connection: link.name,
    code: info.code,
    reason: info.reason,
    willReconnect: !info.final,
  });
  if (c.isClosed() || !(info.final || info.failed)) return;
  c.events.emit("error", info.error); // every failed attempt, and the end
  if (!info.final) return;
  for (const sub of c.registry.consumersOn(link.name)) {
    c.subs.forget(link, sub);
    sub.finish(info.error);
  }
}
