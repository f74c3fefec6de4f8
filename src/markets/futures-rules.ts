/** Kraken's Derivatives order rules checked before an order is sent: tick, size step and maximum, market state. */

import type { Market } from "./market.js";
import type { Markets } from "./markets.js";
import { KrakenOrderRuleError } from "./rules.js";
import { compare, isNumber, onStep } from "./step-math.js";

type Params = Record<string, unknown>;

/** Order types whose `limitPrice` is the order's price (Kraken refuses it off the tick). */
const LIMIT_PRICED = ["lmt", "post", "ioc", "fok"];
/** Trigger order types: `stopPrice` is the trigger, `limitPrice` the optional limit of the order placed. */
const TRIGGERED = ["stp", "take_profit"];

/** A decimal field as a string: the facade takes strings, a batch element may carry numbers. */
function text(v: unknown): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : undefined;
  return isNumber(v) ? v : undefined;
}

function checkPrice(m: Market, field: string, v: unknown): void {
  const p = text(v);
  if (p === undefined) return;
  if (compare(p, "0") <= 0)
    throw new KrakenOrderRuleError(
      field,
      "positive",
      m,
      `"${p}" is not positive`,
      [m.priceTick],
      "invalidPrice",
    );
  if (!onStep(p, m.priceTick)) {
    const near = [...new Set([m.roundPrice(p, "down"), m.roundPrice(p, "up")])].filter(
      (x) => compare(x, "0") > 0,
    );
    throw new KrakenOrderRuleError(
      field,
      "tick",
      m,
      `"${p}" is not a multiple of the tick ${m.priceTick}`,
      near,
      "invalidPrice",
    );
  }
}

function checkSize(m: Market, v: unknown): void {
  const s = text(v);
  if (s === undefined) return;
  if (compare(s, "0") <= 0)
    throw new KrakenOrderRuleError(
      "size",
      "positive",
      m,
      `"${s}" is not positive`,
      [m.minQty()],
      "invalidSize",
    );
  if (!onStep(s, m.qtyStep))
    throw new KrakenOrderRuleError(
      "size",
      "step",
      m,
      `"${s}" is not a multiple of the size step ${m.qtyStep}`,
      [...new Set([m.roundQty(s, "down"), m.roundQty(s, "up")])].filter((x) => compare(x, "0") > 0),
      "invalidSize",
    );
  const max = m.contract?.maxPositionSize;
  if (max !== undefined && compare(s, max) > 0)
    throw new KrakenOrderRuleError(
      "size",
      "maxPosition",
      m,
      `"${s}" is above the maximum position size ${max}`,
      [max],
      "invalidSize",
    );
}

/** The market-state refusals of a new order: past its last trading time, suspended, post-only. */
function checkState(m: Market, orderType: unknown): void {
  const c = m.contract;
  const last = c?.lastTradingTime === undefined ? Number.NaN : Date.parse(c.lastTradingTime);
  const no = (why: string, kraken: string) => {
    throw new KrakenOrderRuleError("symbol", "status", m, why, [], kraken);
  };
  if (last <= Date.now())
    no(`contract is past its last trading time ${c?.lastTradingTime}`, "marketInactive");
  if (c?.tradeable === false) no("contract is not tradeable (suspended)", "marketSuspended");
  if (c?.postOnly === true && orderType !== "post")
    no('contract is post-only: use orderType "post"', "marketIsPostOnly");
}

/** A new order (`sendorder`, or a batch's `send`), in Kraken's order of checks. */
function checkSend(m: Market, o: Params): void {
  checkState(m, o.orderType);
  checkSize(m, o.size);
  if (LIMIT_PRICED.includes(o.orderType as string)) checkPrice(m, "limitPrice", o.limitPrice);
  if (TRIGGERED.includes(o.orderType as string)) {
    checkPrice(m, "stopPrice", o.stopPrice);
    checkPrice(m, "limitPrice", o.limitPrice);
  }
}

/** An edit (`editorder`, or a batch's `edit`): the new size and prices. */
function checkEdit(m: Market, o: Params): void {
  checkSize(m, o.size);
  checkPrice(m, "limitPrice", o.limitPrice);
  checkPrice(m, "stopPrice", o.stopPrice);
}

/**
 * Checks the orders of a Derivatives call (`sendOrder`, `editOrderSpring`, `sendBatchOrder`) against
 * the contracts: price on the tick, size on the step and within the maximum position size, and (for
 * new orders) the contract tradeable, not expired and, when post-only, the order a `post`. Other
 * calls, and orders on a contract the registry does not know, pass unchecked (Kraken decides). Edits
 * name no contract: give one as `market` to check them.
 * @throws KrakenOrderRuleError naming the field, rule, contract and nearest valid values; its
 * `krakenError` is the `status` Kraken answers (`invalidPrice`, `invalidSize`, `marketSuspended`, ...).
 * @example
 * ```ts
 * checkFuturesOrderRules(contracts, "sendOrder", { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1", limitPrice: "65000.3" }); // throws
 * ```
 */
export function checkFuturesOrderRules(
  markets: Markets,
  operationId: string,
  params: Record<string, unknown> | undefined,
  market?: string,
): void {
  if (!params) return;
  const find = (name: unknown) => (typeof name === "string" ? markets.find(name) : undefined);
  if (operationId === "sendOrder") {
    const m = find(params.symbol);
    if (m) checkSend(m, params);
  } else if (operationId === "editOrderSpring") {
    const m = find(params.symbol ?? market);
    if (m) checkEdit(m, params);
  } else if (operationId === "sendBatchOrder") {
    const json = params.json as { batchOrder?: unknown } | undefined;
    const list = Array.isArray(json?.batchOrder) ? (json.batchOrder as Params[]) : [];
    for (const o of list) {
      if (o?.order === "send") {
        const m = find(o.symbol);
        if (m) checkSend(m, o);
      } else if (o?.order === "edit") {
        const m = find(o.symbol ?? market);
        if (m) checkEdit(m, o);
      }
    }
  }
}
