/**
 * Chart operations (`/api/charts/v1`): tick types, symbols, resolutions, OHLC candles built from the
 * venue's trades (`trade`), mark prices (`mark`) and index prices (`spot`), and market analytics
 * computed from the same trades. Answers have no envelope, as Kraken's charts service.
 */
import { add, cmp, isPositive, sub } from "../../exchange/decimal.js";
import { type FuturesContext, type FuturesHandler, RawAnswer } from "../context.js";
import { type JsonValue, n, writeJsonValue } from "../json.js";
import { FuturesError } from "../types.js";

const TICK_TYPES = ["spot", "mark", "trade"] as const;
const RESOLUTIONS: Readonly<Record<string, number>> = {
  "1m": 60_000,
  "5m": 300_000,
  "15m": 900_000,
  "30m": 1_800_000,
  "1h": 3_600_000,
  "4h": 14_400_000,
  "12h": 43_200_000,
  "1d": 86_400_000,
  "1w": 604_800_000,
};
const INTERVALS = [60, 300, 900, 1800, 3600, 14400, 43200, 86400, 604800];

const json = (value: JsonValue) => new RawAnswer(writeJsonValue(value));

function tickType(ctx: FuturesContext): (typeof TICK_TYPES)[number] {
  const t = ctx.path.tick_type!;
  if (!(TICK_TYPES as readonly string[]).includes(t)) throw new FuturesError("notFound", 404);
  return t as (typeof TICK_TYPES)[number];
}

function symbol(ctx: FuturesContext): string {
  const s = ctx.path.symbol!;
  if (!ctx.venue.instruments.has(s)) throw new FuturesError("notFound", 404);
  return s;
}

/** Price points (time, price, size) a tick type's candles are built from. */
function points(
  ctx: FuturesContext,
  type: string,
  s: string,
): Array<{ time: number; price: string; size: string }> {
  if (type === "trade")
    return (ctx.venue.trades.get(s) ?? []).map((t) => ({ time: t.time, price: t.price, size: t.size }));
  if (type === "mark")
    return (ctx.venue.markHistory.get(s) ?? []).map((m) => ({ time: m.time, price: m.price, size: "0" }));
  return [{ time: ctx.venue.clock.now(), price: ctx.venue.indexPrice(s), size: "0" }];
}

interface Bucket {
  time: number;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
}

function bucketize(list: Array<{ time: number; price: string; size: string }>, width: number): Bucket[] {
  const out: Bucket[] = [];
  for (const p of list) {
    const time = Math.floor(p.time / width) * width;
    const last = out[out.length - 1];
    if (last && last.time === time) {
      if (cmp(p.price, last.high) > 0) last.high = p.price;
      if (cmp(p.price, last.low) < 0) last.low = p.price;
      last.close = p.price;
      last.volume = add(last.volume, p.size);
    } else out.push({ time, open: p.price, high: p.price, low: p.price, close: p.price, volume: p.size });
  }
  return out;
}

function seconds(ctx: FuturesContext, name: string, requiredParam = false): number | undefined {
  const v = ctx.params.get(name);
  if (v === undefined || v === "") {
    if (requiredParam) throw new FuturesError("requiredArgumentMissing", 400);
    return undefined;
  }
  if (!/^\d+(\.\d+)?$/.test(v)) throw new FuturesError("invalidArgument", 400);
  return Number(v) * 1000;
}

function analytics(ctx: FuturesContext, type: string, s: string | undefined): JsonValue {
  const since = seconds(ctx, "since", true)!;
  const interval = Number(ctx.params.get("interval"));
  if (!INTERVALS.includes(interval)) throw new FuturesError("invalidArgument", 400);
  const to = seconds(ctx, "to") ?? ctx.venue.clock.now();
  const width = interval * 1000;
  const timestamps: number[] = [];
  for (let t = Math.floor(since / width) * width; t <= to && timestamps.length < 2000; t += width)
    timestamps.push(t / 1000);
  const trades = s === undefined ? [] : (ctx.venue.trades.get(s) ?? []);
  const within = (t0: number) => trades.filter((t) => t.time >= t0 * 1000 && t.time < t0 * 1000 + width);
  const sum = (list: typeof trades, pick: (t: (typeof trades)[number]) => string) =>
    list.reduce((a, t) => add(a, pick(t)), "0");
  let data: JsonValue;
  switch (type) {
    case "trade-volume":
      data = timestamps.map((t) => sum(within(t), (x) => x.size));
      break;
    case "trade-count":
      data = timestamps.map((t) => within(t).length);
      break;
    case "aggressor-differential":
      data = timestamps.map((t) => {
        const list = within(t);
        return sub(
          sum(
            list.filter((x) => x.side === "buy"),
            (x) => x.size,
          ),
          sum(
            list.filter((x) => x.side === "sell"),
            (x) => x.size,
          ),
        );
      });
      break;
    case "liquidation-volume":
      data = timestamps.map(() => "0");
      break;
    case "open-interest": {
      let oi = "0";
      for (const a of ctx.venue.accounts()) {
        const size = a.positionSize(s ?? "");
        if (isPositive(size)) oi = add(oi, size);
      }
      data = timestamps.map(() => [n(oi), n(oi), n(oi), n(oi)]);
      break;
    }
    case "liquidity-pool":
      data = { usdValue: timestamps.map(() => "0") };
      break;
    default:
      return {
        result: { timestamp: [], data: [], more: false },
        errors: [
          {
            severity: "error",
            error_class: "not_simulated",
            type,
            msg: `the simulator does not compute ${type}`,
          },
        ],
      };
  }
  return { result: { timestamp: timestamps, data, more: false }, errors: [] };
}

export const chartHandlers: Record<string, FuturesHandler> = {
  tickTypes: () => json([...TICK_TYPES]),
  symbols: (ctx) => {
    tickType(ctx);
    return json([...ctx.venue.instruments.keys()]);
  },
  resolutions: (ctx) => {
    tickType(ctx);
    symbol(ctx);
    return json(Object.keys(RESOLUTIONS));
  },
  candles: (ctx) => {
    const type = tickType(ctx);
    const s = symbol(ctx);
    const width = RESOLUTIONS[ctx.path.resolution!];
    if (width === undefined) throw new FuturesError("notFound", 404);
    const from = seconds(ctx, "from");
    const to = seconds(ctx, "to");
    const count = ctx.params.get("count");
    let list = bucketize(points(ctx, type, s), width).filter(
      (b) => (from === undefined || b.time >= from) && (to === undefined || b.time <= to),
    );
    const limit = count !== undefined && /^\d+$/.test(count) ? Number(count) : 5000;
    const more = list.length > limit;
    list = list.slice(-limit);
    return json({
      candles: list.map((b) => ({
        time: b.time,
        open: b.open,
        high: b.high,
        low: b.low,
        close: b.close,
        volume: n(b.volume),
      })),
      more_candles: more,
    });
  },
  marketAnalytics: (ctx) => json(analytics(ctx, ctx.path.analytics_type!, symbol(ctx))),
  liquidityPoolStats: (ctx) => json(analytics(ctx, "liquidity-pool", undefined)),
};
