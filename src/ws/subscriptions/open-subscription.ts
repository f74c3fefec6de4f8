// One subscribe call on a link: a Subscription for the caller, shared wire subscriptions, the subscribe frame.
import { KrakenSubscribeError } from "../../errors/ws.js";
import type { Link } from "../protocol/link.js";
import type { SubscribeParams } from "../types/channels.js";
import { addConsumer, Registry, type WireEntry } from "./registry.js";
import { type SubscribeOptions, Subscription } from "./subscription.js";
import type { WireSubscriptions } from "./wire-subscriptions.js";

/** What a subscribe call needs of the client. */
export interface SubscribeContext {
  readonly registry: Registry;
  readonly subs: WireSubscriptions;
  /** Each subscription's number, in the order they were made. */
  readonly subIds: WeakMap<Subscription<unknown>, number>;
  nextSubId(): number;
  /** Runs `fn` after every subscription change queued on the link before it. */
  serial<T>(link: Link, fn: () => Promise<T>): Promise<T>;
  readonly listenerError: (e: unknown) => void;
}

/**
 * Subscribes `params` on `link` (already validated and planned). Resolves when Kraken acknowledged every
 * new wire subscription; rejects with a {@link KrakenSubscribeError} listing each symbol Kraken refused
 * (nothing stays subscribed then). Identical subscriptions share one wire subscription.
 */
export async function openSubscription(
  ctx: SubscribeContext,
  link: Link,
  params: SubscribeParams,
  options: SubscribeOptions,
): Promise<Subscription<unknown>> {
  const { registry, subs } = ctx;
  const isPrivate = link.name !== "public";
  const overflow = options.overflow ?? (isPrivate && params.channel !== "level3" ? "error" : "drop-oldest");
  const symbols = "symbol" in params ? [...params.symbol] : [];
  const sub = new Subscription<unknown>(
    params.channel,
    symbols,
    {
      release: (s) => ctx.serial(link, () => subs.detach(link, s)),
      listenerError: ctx.listenerError,
    },
    options.bufferSize ?? 1024,
    overflow,
    options.signal,
  );
  ctx.subIds.set(sub, ctx.nextSubId());
  await ctx.serial(link, async () => {
    const plan = registry.plan(params);
    const { wire } = Registry.keyParams(params);
    const entries: WireEntry[] = [];
    const fresh: WireEntry[] = [];
    for (const p of plan) {
      let e = registry.byId.get(p.id);
      if (!e) {
        e = {
          ...p,
          channel: params.channel,
          link: link.name,
          params: wire,
          consumers: new Set(),
          fanout: [],
          active: false,
          epoch: -1,
        };
        registry.add(e);
        fresh.push(e);
      }
      addConsumer(e, sub);
      entries.push(e);
    }
    registry.bySub.set(sub, entries);
    try {
      if (fresh.length > 0) {
        const errors = await subs.wire(link, "subscribe", wire, fresh, options);
        if (errors.length > 0) throw new KrakenSubscribeError(params.channel, errors);
      }
      options.signal?.throwIfAborted();
    } catch (err) {
      await subs.detach(link, sub);
      sub.finish(err);
      throw err;
    }
  });
  if (options.idleTimeoutMs) subs.watchIdle(link, sub, options.idleTimeoutMs);
  return sub;
}
