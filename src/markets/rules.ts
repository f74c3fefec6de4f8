/** Kraken's order rules checked before an order is sent: tick, decimals, step, minimums, market status, leverage. */

import { KrakenValidationError } from "../errors/base.js";
import type { Market } from "./market.js";
import type { Markets } from "./markets.js";
import { compare, decimalsIn, isNumber, onStep } from "./step-math.js";

/**
 * Which rule an order broke.
 * @example
 * ```ts
 * if (err.rule === "tick") order.price = market.roundPrice(order.price, "down");
 * ```
 */
export type OrderRule =
  | "tick"
  | "decimals"
  | "step"
  | "positive"
  | "ordermin"
  | "costmin"
  | "status"
  | "leverage"
  | "maxPosition";

/**
 * An order that breaks one of Kraken's rules for its market, found before sending: names the field,
 * the rule, the pair, the nearest valid values and the error Kraken itself would answer.
 * @example
 * ```ts
 * try { await rest.addOrder(order); } catch (e) { if (e instanceof KrakenOrderRuleError) console.log(e.rule, e.nearest); }
 * ```
 */
export class KrakenOrderRuleError extends KrakenValidationError {
  /** The rule broken. */
  readonly rule: OrderRule;
  /** The market's WebSocket v2 symbol. */
  readonly pair: string;
  /** The nearest valid values of `field` (e.g. the prices on the tick below and above). */
  readonly nearest: readonly string[];
  /**
   * What Kraken answers for the same order: the Spot error string (`EOrder:Tick size check failed`), or
   * for Derivatives the refusal `status` of its order answer (`invalidPrice`).
   */
  readonly krakenError: string;
  constructor(
    field: string,
    rule: OrderRule,
    market: Market,
    detail: string,
    nearest: string[],
    krakenError: string,
  ) {
    super(
      `${field} ${detail} on ${market.symbol} (rule ${rule}${nearest.length ? `; nearest valid: ${nearest.join(", ")}` : ""})`,
      field,
    );
    this.rule = rule;
    this.pair = market.symbol;
    this.nearest = nearest;
    this.krakenError = krakenError;
  }
}

/** One order in the neutral form the rules read. */
interface Order {
  type?: string;
  side?: string;
  qty?: unknown;
  price?: unknown;
  price2?: unknown;
  trigger?: unknown;
  displayQty?: unknown;
  postOnly: boolean;
  reduceOnly: boolean;
  leverage?: unknown;
  margin: boolean;
  /** Whether it places a new order (add) rather than changing one (edit, amend). */
  places: boolean;
}

const RELATIVE = /^[+\-#]|%$/;

function checkPrice(m: Market, field: string, v: unknown): void {
  if (!isNumber(v) || RELATIVE.test(v)) return; // relative prices and offsets are Kraken's to check
  if (compare(v, "0") <= 0)
    throw new KrakenOrderRuleError(
      field,
      "positive",
      m,
      `"${v}" is not positive`,
      [m.priceTick],
      "EOrder:Invalid price",
    );
  if (decimalsIn(v) > m.priceDecimals || !onStep(v, m.priceTick)) {
    const near = [...new Set([m.roundPrice(v, "down"), m.roundPrice(v, "up")])].filter(
      (x) => compare(x, "0") > 0,
    );
    const why =
      decimalsIn(v) > m.priceDecimals
        ? `has more than ${m.priceDecimals} decimals`
        : `is not a multiple of the tick ${m.priceTick}`;
    throw new KrakenOrderRuleError(field, "tick", m, `"${v}" ${why}`, near, "EOrder:Tick size check failed");
  }
}

function checkQty(m: Market, field: string, v: unknown, min: boolean): void {
  if (!isNumber(v)) return;
  const near = () => [...new Set([m.roundQty(v, "down"), m.roundQty(v, "up")])];
  if (decimalsIn(v) > m.qtyDecimals)
    throw new KrakenOrderRuleError(
      field,
      "decimals",
      m,
      `"${v}" has more than ${m.qtyDecimals} decimals`,
      near(),
      `EGeneral:Invalid arguments:volume`,
    );
  if (!onStep(v, m.qtyStep))
    throw new KrakenOrderRuleError(
      field,
      "step",
      m,
      `"${v}" is not a multiple of the step ${m.qtyStep}`,
      near(),
      `EGeneral:Invalid arguments:volume`,
    );
  if (min && compare(v, m.ordermin) < 0)
    throw new KrakenOrderRuleError(
      field,
      "ordermin",
      m,
      `"${v}" is below the minimum ${m.ordermin}`,
      [m.minQty()],
      "EOrder:Order minimum not met",
    );
}

function checkStatus(m: Market, o: Order): void {
  const s = m.status;
  const no = (why: string, kraken: string) => {
    throw new KrakenOrderRuleError("status", "status", m, why, [], kraken);
  };
  if (s === "online") return;
  if (s === "cancel_only")
    no("market is cancel_only: orders can only be cancelled", "EService:Market in cancel_only mode");
  if (s === "maintenance" || s === "work_in_progress") no(`market is in ${s}`, "EService:Unavailable");
  if (s === "delisted") no("market is delisted", "EQuery:Unknown asset pair");
  if (s === "post_only" && !o.postOnly)
    no("market is post_only: set post_only", "EService:Market in post_only mode");
  if (s === "limit_only" && o.type !== undefined && o.type !== "limit")
    no("market is limit_only: only limit orders", "EService:Market in limit_only mode");
  if (s === "reduce_only" && o.places && !o.reduceOnly)
    no("market is reduce_only: set reduce_only", "EService:Market in reduce_only mode");
}

function checkLeverage(m: Market, o: Order): void {
  const lev =
    typeof o.leverage === "string" || typeof o.leverage === "number" ? String(o.leverage) : undefined;
  const wants = lev !== undefined && lev !== "none" && lev !== "" && lev !== "1" && lev !== "1:1";
  if (!wants && !o.margin) return;
  const allowed = o.side === "sell" ? m.leverageSell : m.leverageBuy;
  if (o.margin && !wants) {
    if (!m.marginable)
      throw new KrakenOrderRuleError(
        "margin",
        "leverage",
        m,
        "market is not marginable",
        [],
        "EGeneral:Invalid arguments:leverage",
      );
    return;
  }
  const n = Number((lev ?? "").split(":")[0]);
  if (!allowed.includes(n))
    throw new KrakenOrderRuleError(
      "leverage",
      "leverage",
      m,
      `"${lev}" is not allowed for ${o.side ?? "this"} orders`,
      allowed.map(String),
      "EGeneral:Invalid arguments:leverage",
    );
}

/** Checks one order against its market; throws {@link KrakenOrderRuleError} on the first rule broken. */
function checkOne(m: Market, o: Order): void {
  checkStatus(m, o);
  const limitPriced = o.type === "limit" || o.type === "iceberg";
  checkPrice(m, "price", o.price);
  checkPrice(m, "price2", o.price2);
  checkPrice(m, "trigger", o.trigger);
  checkQty(m, "volume", o.qty, o.places || o.qty !== undefined);
  if (
    limitPriced &&
    isNumber(o.qty) &&
    isNumber(o.price) &&
    !RELATIVE.test(o.price) &&
    compare(m.costOf(o.qty, o.price), m.costmin) < 0
  ) {
    throw new KrakenOrderRuleError(
      "volume",
      "costmin",
      m,
      `costs ${m.costOf(o.qty, o.price)}, below the minimum cost ${m.costmin}`,
      [m.minQtyAt(o.price)],
      "EOrder:Cost minimum not met",
    );
  }
  checkLeverage(m, o);
}

type Params = Record<string, unknown>;

function restOrder(p: Params, places: boolean): Order {
  const oflags = typeof p.oflags === "string" ? p.oflags : "";
  return {
    type: p.ordertype as string | undefined,
    side: p.type as string | undefined,
    qty: p.volume ?? p.order_qty,
    price: p.price ?? p.limit_price,
    price2: p.price2,
    trigger: p.trigger_price,
    displayQty: p.displayvol ?? p.display_qty,
    postOnly: oflags.includes("post") || p.post_only === true,
    reduceOnly: p.reduce_only === true || p.reduce_only === "true",
    leverage: p.leverage,
    margin: false,
    places,
  };
}

/** A WebSocket money value: the client's wire params carry it as an exact-number wrapper with `digits`. */
function digits(v: unknown): unknown {
  return typeof v === "object" && v !== null && typeof (v as { digits?: unknown }).digits === "string"
    ? (v as { digits: string }).digits
    : v;
}

function wsOrder(p: Params, places: boolean): Order {
  const trig = p.triggers as Params | undefined;
  const staticPrice = (v: unknown, type: unknown) =>
    type === undefined || type === "static" ? digits(v) : undefined;
  return {
    type: p.order_type as string | undefined,
    side: p.side as string | undefined,
    qty: digits(p.order_qty),
    price: staticPrice(p.limit_price, p.limit_price_type),
    trigger: staticPrice(trig?.price ?? p.trigger_price, trig?.price_type ?? p.trigger_price_type),
    displayQty: digits(p.display_qty),
    postOnly: p.post_only === true,
    reduceOnly: p.reduce_only === true,
    margin: p.margin === true,
    places,
  };
}

/**
 * Checks the orders of a REST call (`addOrder`, `addOrderBatch`, `editOrder`, `amendOrder`) or a
 * WebSocket request (`add_order`, `batch_add`, `edit_order`, `amend_order`) against the markets.
 * Other calls, and orders on a pair the registry does not know, pass unchecked (Kraken decides).
 * Amends name no pair: give one as `market` to check them.
 * @throws KrakenOrderRuleError naming the field, rule, pair and nearest valid values.
 * @example
 * ```ts
 * checkOrderRules(markets, "addOrder", { pair: "XBTUSD", ordertype: "limit", type: "buy", price: "37500.05", volume: "1" }); // throws
 * ```
 */
export function checkOrderRules(
  markets: Markets,
  method: string,
  params: Record<string, unknown> | undefined,
  market?: string,
): void {
  if (!params) return;
  const pairName = (params.pair ?? params.symbol ?? market) as string | undefined;
  const m = typeof pairName === "string" ? markets.find(pairName) : undefined;
  if (!m) return;
  const orders = Array.isArray(params.orders) ? (params.orders as Params[]) : [params];
  switch (method) {
    case "addOrder":
    case "addOrderBatch":
      for (const o of orders) checkOne(m, restOrder(o, true));
      return;
    case "editOrder":
    case "amendOrder":
      checkOne(m, restOrder(params, false));
      return;
    case "add_order":
    case "batch_add":
      for (const o of orders) checkOne(m, wsOrder(o, true));
      return;
    case "edit_order":
    case "amend_order":
      checkOne(m, wsOrder(params, false));
      return;
  }
}
