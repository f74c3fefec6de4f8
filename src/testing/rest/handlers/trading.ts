/** Private trading operations: REST parameters mapped onto the shared exchange. */
import { add, div, fixed, isDecimal, mul, sub, truncate } from "../../exchange/decimal.js";
import type { SimPair } from "../../exchange/pairs.js";
import {
  ExchangeError,
  type OrderType,
  type PlaceOrderInput,
  type TimeInForce,
} from "../../exchange/types.js";
import type { Handler, HandlerContext } from "../context.js";
import { bool, int, list, type Params, req, str } from "../params.js";
import { marketStats } from "./stats.js";

/**
 * Resolves Kraken's relative price syntax against the last trade: `+5`, `-5`, `#5` (direction chosen
 * by side: away from the market) and a `%` suffix for percentages.
 */
export function resolvePrice(
  raw: string | undefined,
  pair: SimPair,
  last: string,
  side: "buy" | "sell",
  field: string,
): string | undefined {
  if (raw === undefined) return undefined;
  const m = /^([+\-#]?)(\d+(?:\.\d+)?)(%?)$/.exec(raw);
  if (!m) throw new ExchangeError(`EGeneral:Invalid arguments:${field}`);
  const [, sign, value, pct] = m;
  if (!sign) return pct ? undefined : value;
  const offset = pct ? div(mul(last, value!), "100", pair.priceDecimals + 4) : value!;
  const up = sign === "+" || (sign === "#" && side === "sell");
  return truncate(up ? add(last, offset) : sub(last, offset), pair.priceDecimals);
}

function timeInForce(v: string | undefined): TimeInForce | undefined {
  if (v === undefined) return undefined;
  const t = v.toLowerCase();
  if (t === "gtc" || t === "ioc" || t === "gtd" || t === "fok") return t;
  throw new ExchangeError("EGeneral:Invalid arguments:timeinforce");
}

function expireAt(v: string | undefined, now: number): number | undefined {
  if (v === undefined || v === "0") return undefined;
  if (/^\+\d+$/.test(v)) return now + Number(v.slice(1)) * 1000;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  throw new ExchangeError("EGeneral:Invalid arguments:expiretm");
}

/** Maps REST AddOrder fields (one order, or one entry of a batch) to the exchange's input. */
export function orderInput(
  ctx: HandlerContext,
  p: Params,
  pairName: string,
  validate: boolean,
): PlaceOrderInput {
  const pair = ctx.exchange.pair(pairName);
  const side = req(p, "type");
  if (side !== "buy" && side !== "sell") throw new ExchangeError("EGeneral:Invalid arguments:type");
  const type = req(p, "ordertype") as OrderType;
  const oflags = new Set(list(p, "oflags") ?? []);
  for (const f of oflags) {
    if (!["post", "fcib", "fciq", "nompp", "viqc"].includes(f))
      throw new ExchangeError("EGeneral:Invalid arguments:oflags");
  }
  const last = marketStats(ctx.exchange, pair, ctx.now).last;
  const trailing = type.startsWith("trailing-stop");
  const rawPrice = str(p, "price");
  const price = trailing ? rawPrice : resolvePrice(rawPrice, pair, last, side, "price");
  const price2 = trailing ? str(p, "price2") : resolvePrice(str(p, "price2"), pair, last, side, "price2");
  const volume = req(p, "volume");
  const userref = int(p, "userref");
  const clOrdId = str(p, "cl_ord_id");
  const displayvol = str(p, "displayvol");
  const tif = timeInForce(str(p, "timeinforce"));
  const exp = expireAt(str(p, "expiretm"), ctx.now);
  return {
    pair: pair.id,
    side,
    type,
    qty: oflags.has("viqc") ? "0" : volume,
    ...(oflags.has("viqc") ? { cashQty: volume } : {}),
    ...(price !== undefined ? { price } : {}),
    ...(price2 !== undefined ? { price2 } : {}),
    ...(tif ? { timeInForce: tif } : {}),
    postOnly: oflags.has("post"),
    reduceOnly: bool(p, "reduce_only"),
    ...(str(p, "leverage") !== undefined ? { leverage: str(p, "leverage") } : {}),
    ...(clOrdId !== undefined ? { clOrdId } : {}),
    ...(userref !== undefined ? { userref } : {}),
    ...(displayvol !== undefined ? { displayQty: displayvol } : {}),
    ...(oflags.has("fcib")
      ? { feePreference: "base" as const }
      : oflags.has("fciq")
        ? { feePreference: "quote" as const }
        : {}),
    ...(exp !== undefined ? { expireAt: exp } : {}),
    validate,
  };
}

/**
 * Kraken's `deadline` (RFC 3339): a request still unprocessed at that time is refused with
 * `EService:Deadline elapsed` (a delay fault can make that happen); more than 60 s ahead is invalid.
 */
export function checkDeadline(ctx: HandlerContext): void {
  const raw = str(ctx.params, "deadline");
  if (raw === undefined) return;
  const at = Date.parse(raw);
  if (Number.isNaN(at) || at > ctx.exchange.clock.now() + 60_000) {
    throw new ExchangeError("EGeneral:Invalid arguments:deadline");
  }
  if (at <= ctx.exchange.clock.now()) throw new ExchangeError("EService:Deadline elapsed");
}

function closeDescr(p: Params, pair: SimPair): string | undefined {
  const close = p.close as Record<string, unknown> | undefined;
  const type = typeof close?.ordertype === "string" ? close.ordertype : undefined;
  if (!type) return undefined;
  const price = typeof close?.price === "string" ? close.price : "";
  const price2 = typeof close?.price2 === "string" ? ` -> limit ${close.price2}` : "";
  const fmt = isDecimal(price) ? fixed(price, pair.priceDecimals) : price;
  return `close position @ ${type} ${fmt}${price2}`;
}

function orderRef(ctx: HandlerContext): { orderId?: string; clOrdId?: string; userref?: number } {
  const clOrdId = str(ctx.params, "cl_ord_id");
  if (clOrdId !== undefined) return { clOrdId };
  const txid = req(ctx.params, "txid");
  return /^-?\d+$/.test(txid) ? { userref: Number(txid) } : { orderId: txid };
}

/** Handlers keyed by operationId. */
export const tradingHandlers: Record<string, Handler> = {
  addOrder: (ctx) => {
    checkDeadline(ctx);
    const validate = bool(ctx.params, "validate");
    const pairName = req(ctx.params, "pair");
    const input = orderInput(ctx, ctx.params, pairName, validate);
    const { order, descr } = ctx.exchange.placeOrder(ctx.accountId, input);
    const close = closeDescr(ctx.params, ctx.exchange.pair(pairName));
    return {
      descr: { order: descr, ...(close ? { close } : {}) },
      ...(validate ? {} : { txid: [order.id] }),
    };
  },

  addOrderBatch: (ctx) => {
    checkDeadline(ctx);
    const pairName = req(ctx.params, "pair");
    const validate = bool(ctx.params, "validate");
    const orders = ctx.params.orders;
    if (!Array.isArray(orders)) throw new ExchangeError("EGeneral:Invalid arguments:orders");
    const inputs = orders.map((o) => orderInput(ctx, (o ?? {}) as Params, pairName, validate));
    const results = ctx.exchange.placeBatch(ctx.accountId, inputs, validate);
    return {
      orders: results.map((r) =>
        "error" in r
          ? { error: r.error }
          : { descr: { order: r.descr }, ...(validate ? {} : { txid: r.order.id }) },
      ),
    };
  },

  amendOrder: (ctx) => {
    checkDeadline(ctx);
    const txid = str(ctx.params, "txid");
    const clOrdId = str(ctx.params, "cl_ord_id");
    if (txid === undefined && clOrdId === undefined)
      throw new ExchangeError("EGeneral:Invalid arguments:txid");
    const existing = txid !== undefined ? ctx.exchange.order(txid) : undefined;
    const pair = existing ? ctx.exchange.pair(existing.pair) : undefined;
    const last = pair ? marketStats(ctx.exchange, pair, ctx.now).last : "0";
    const side = existing?.side ?? "buy";
    const limit = pair
      ? resolvePrice(str(ctx.params, "limit_price"), pair, last, side, "limit_price")
      : str(ctx.params, "limit_price");
    const trigger = str(ctx.params, "trigger_price");
    const qty = str(ctx.params, "order_qty");
    const display = str(ctx.params, "display_qty");
    const { amendId } = ctx.exchange.amendOrder(ctx.accountId, {
      ...(txid !== undefined ? { orderId: txid } : { clOrdId }),
      ...(qty !== undefined ? { qty } : {}),
      ...(limit !== undefined ? { price: limit } : {}),
      ...(trigger !== undefined ? { triggerPrice: trigger } : {}),
      ...(display !== undefined ? { displayQty: display } : {}),
      postOnly: bool(ctx.params, "post_only"),
    });
    return { amend_id: amendId };
  },

  editOrder: (ctx) => {
    checkDeadline(ctx);
    const txid = req(ctx.params, "txid");
    const pair = ctx.exchange.pair(req(ctx.params, "pair"));
    const validate = bool(ctx.params, "validate");
    const original = /^\d+$/.test(txid)
      ? ctx.exchange.orders(ctx.accountId, "open").find((o) => o.userref === Number(txid))
      : ctx.exchange.order(txid);
    if (!original || original.accountId !== ctx.accountId) throw new ExchangeError("EOrder:Unknown order");
    if (original.pair !== pair.id) throw new ExchangeError("EGeneral:Invalid arguments:pair");
    const last = marketStats(ctx.exchange, pair, ctx.now).last;
    const price = resolvePrice(str(ctx.params, "price"), pair, last, original.side, "price");
    const price2 = resolvePrice(str(ctx.params, "price2"), pair, last, original.side, "price2");
    const volume = str(ctx.params, "volume");
    const userref = int(ctx.params, "userref");
    const post = (list(ctx.params, "oflags") ?? []).includes("post");
    const result = ctx.exchange.editOrder(ctx.accountId, {
      orderId: original.id,
      ...(volume !== undefined ? { qty: volume } : {}),
      ...(price !== undefined ? { price } : {}),
      ...(price2 !== undefined ? { price2 } : {}),
      ...(userref !== undefined ? { userref } : {}),
      postOnly: post,
      validate,
    });
    const newOrder = result.order;
    return {
      status: "ok",
      ...(validate ? {} : { txid: newOrder.id }),
      originaltxid: original.id,
      volume: fixed(add(newOrder.qty, original.filled), pair.qtyDecimals),
      price: fixed(newOrder.price ?? "0", pair.priceDecimals),
      price2: "0",
      orders_cancelled: validate ? 0 : 1,
      descr: { order: result.descr },
      ...(userref !== undefined ? { newuserref: userref } : {}),
      ...(original.userref !== undefined ? { olduserref: original.userref } : {}),
    };
  },

  cancelOrder: (ctx) => ({
    count: ctx.exchange.cancelOrder(ctx.accountId, orderRef(ctx)).length,
    pending: false,
  }),

  cancelAllOrders: (ctx) => ({ count: ctx.exchange.cancelAll(ctx.accountId), pending: false }),

  cancelAllOrdersAfter: (ctx) => {
    const timeout = int(ctx.params, "timeout");
    if (timeout === undefined) throw new ExchangeError("EGeneral:Invalid arguments:timeout");
    return ctx.exchange.cancelAllOrdersAfter(ctx.accountId, timeout);
  },

  cancelOrderBatch: (ctx) => {
    const refs: Array<{ orderId?: string; clOrdId?: string; userref?: number }> = [];
    const orders = ctx.params.orders;
    const clIds = ctx.params.cl_ord_ids;
    const ids = (v: unknown, key: string): string[] =>
      Array.isArray(v)
        ? v.map((x) =>
            typeof x === "object" && x !== null ? String((x as Record<string, unknown>)[key]) : String(x),
          )
        : [];
    for (const id of ids(orders, "txid"))
      refs.push(/^-?\d+$/.test(id) ? { userref: Number(id) } : { orderId: id });
    for (const id of ids(clIds, "cl_ord_id")) refs.push({ clOrdId: id });
    if (refs.length === 0 || refs.length > 50) throw new ExchangeError("EGeneral:Invalid arguments:orders");
    const count = ctx.exchange.cancelBatch(ctx.accountId, refs);
    return { count };
  },

  getWebsocketsToken: (ctx) => ctx.exchange.tokens.issue(ctx.accountId, ctx.key?.key ?? ""),

  getLevel3Book: (ctx) => {
    const pair = ctx.exchange.pair(req(ctx.params, "pair"));
    const depth = int(ctx.params, "depth") ?? 100;
    const book = ctx.exchange.book(pair.id);
    const side = (s: "buy" | "sell") =>
      book.orders(s, depth).map((o) => ({
        price: fixed(o.price!, pair.priceDecimals),
        qty: fixed(sub(o.qty, o.filled), pair.qtyDecimals),
        order_id: o.id,
        timestamp: BigInt(o.openedAt) * 1_000_000n,
      }));
    return { pair: pair.wsname, bids: side("buy"), asks: side("sell") };
  },
};
