/**
 * Kraken REST shapes of the exchange's objects: orders, trades, ledger entries, with Kraken's
 * fixed-decimal formatting (volumes at lot decimals, prices at pair decimals, times in seconds).
 */
import type { AccountTrade } from "../exchange/account.js";
import { div, fixed, isPositive } from "../exchange/decimal.js";
import { describeOrder } from "../exchange/exchange.js";
import { isTriggered } from "../exchange/order-rules.js";
import type { PairRegistry } from "../exchange/pairs.js";
import type { SimLedgerEntry, SimOrder } from "../exchange/types.js";

/** Unix milliseconds as Kraken's seconds-with-fraction number (4 decimals). */
export function seconds(ms: number): number {
  return Math.round(ms / 10) / 100;
}

/** Unix milliseconds as nanoseconds (exact, as a bigint for lossless JSON). */
export function nanos(ms: number): bigint {
  return BigInt(Math.round(ms)) * 1_000_000n;
}

/** REST order object (OpenOrders, ClosedOrders, QueryOrders). */
export function restOrder(registry: PairRegistry, o: SimOrder, withTrades: boolean): Record<string, unknown> {
  const pair = registry.pair(o.pair)!;
  const quoteDecimals = registry.asset(pair.quote)?.decimals ?? 8;
  const limit = isTriggered(o.type) ? (o.price ?? "0") : "0";
  const oflags = [o.side === "buy" ? "fciq" : "fcib"];
  if (o.postOnly) oflags.push("post");
  if (o.cashQty !== undefined) oflags.push("viqc");
  const out: Record<string, unknown> = {
    refid: null,
    userref: o.userref ?? 0,
    ...(o.clOrdId !== undefined ? { cl_ord_id: o.clOrdId } : {}),
    status: o.status,
    opentm: seconds(o.openedAt),
    starttm: 0,
    expiretm: o.expireAt !== undefined ? seconds(o.expireAt) : 0,
    descr: {
      pair: pair.altname,
      type: o.side,
      ordertype: o.type,
      price: isTriggered(o.type) ? (o.triggerPrice ?? "0") : fixed(o.price ?? "0", pair.priceDecimals),
      price2: isTriggered(o.type) && o.price !== undefined ? fixed(o.price, pair.priceDecimals) : "0",
      leverage: "none",
      order: describeOrder(pair, o),
      close: "",
    },
    vol: fixed(o.qty, pair.qtyDecimals),
    vol_exec: fixed(o.filled, pair.qtyDecimals),
    cost: fixed(o.cost, quoteDecimals),
    fee: fixed(o.fee, quoteDecimals),
    price: isPositive(o.filled)
      ? fixed(div(o.cost, o.filled, pair.priceDecimals + 4), pair.priceDecimals)
      : "0",
    stopprice: isTriggered(o.type) ? (o.triggerPrice ?? "0") : "0",
    limitprice: limit === "0" ? "0" : fixed(limit, pair.priceDecimals),
    misc: o.amends.length > 1 ? "amended" : "",
    oflags: oflags.join(","),
    ...(o.amends.length > 1 ? { amended: true } : {}),
  };
  if (withTrades && o.trades.length > 0) out.trades = [...o.trades];
  if (o.closedAt !== undefined) {
    out.closetm = seconds(o.closedAt);
    out.reason = o.reason ?? null;
  }
  return out;
}

/** REST trade object (TradesHistory, QueryTrades). */
export function restTrade(
  registry: PairRegistry,
  t: AccountTrade,
  withLedgers = true,
): Record<string, unknown> {
  const pair = registry.pair(t.pair)!;
  const quoteDecimals = registry.asset(pair.quote)?.decimals ?? 8;
  return {
    ordertxid: t.orderId,
    postxid: t.postxid,
    pair: pair.id,
    time: seconds(t.time),
    type: t.side,
    ordertype: t.orderType,
    price: fixed(t.price, pair.priceDecimals),
    cost: fixed(t.cost, quoteDecimals),
    fee: fixed(t.fee, quoteDecimals),
    vol: fixed(t.qty, pair.qtyDecimals),
    margin: fixed("0", quoteDecimals),
    leverage: "0",
    misc: "",
    trade_id: t.tradeId,
    maker: t.maker,
    ...(withLedgers ? { ledgers: [...t.ledgers] } : {}),
  };
}

/** REST ledger entry (Ledgers, QueryLedgers). */
export function restLedger(registry: PairRegistry, l: SimLedgerEntry): Record<string, unknown> {
  const decimals = registry.asset(l.asset)?.decimals ?? 8;
  return {
    refid: l.refid,
    time: seconds(l.time),
    type: l.type,
    subtype: l.subtype,
    aclass: "currency",
    asset: l.asset,
    amount: fixed(l.amount, decimals),
    fee: fixed(l.fee, decimals),
    balance: fixed(l.balance, decimals),
    wallet: "spot / main",
  };
}

/** RFC 1123 date as Kraken's Time endpoint writes it (`Tue, 25 Nov 25 11:31:52 +0000`). */
export function rfc1123(ms: number): string {
  const d = new Date(ms);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${p(d.getUTCFullYear() % 100)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
