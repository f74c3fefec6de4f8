/**
 * Client-side validation and wire encoding of trading parameters: what Kraken documents as invalid
 * (batch sizes, mutually exclusive fields, conditional requirements) is rejected locally with a
 * KrakenValidationError before anything is sent, and decimals are wrapped for exact encoding.
 * @see https://docs.kraken.com/api/docs/websocket-v2/add_order
 */
import { KrakenValidationError } from "../../errors/base.js";
import { decimal } from "../protocol/encode.js";
import type {
  AddOrderParams,
  AmendOrderParams,
  BatchAddParams,
  BatchCancelParams,
  CancelOrderParams,
  EditOrderParams,
  OrderFields,
} from "../types/trading.js";

const LIMIT_TYPES = new Set([
  "limit",
  "iceberg",
  "stop-loss-limit",
  "take-profit-limit",
  "trailing-stop-limit",
]);
const TRIGGER_TYPES = new Set([
  "stop-loss",
  "stop-loss-limit",
  "take-profit",
  "take-profit-limit",
  "trailing-stop",
  "trailing-stop-limit",
]);
// Money fields, at the top level and inside `triggers` (`price`) and `conditional`.
const MONEY_FIELDS = ["order_qty", "limit_price", "display_qty", "cash_order_qty", "trigger_price", "price"];
const LONG_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHORT_UUID = /^[0-9a-f]{32}$/i;
const FREE_TEXT = /^[\x20-\x7e]{1,18}$/;

function fail(message: string, field?: string): never {
  throw new KrakenValidationError(message, field);
}

/** Whether `id` is a cl_ord_id format Kraken accepts (UUID, 32 hex digits, or ≤ 18 ASCII chars). */
export function isValidClOrdId(id: string): boolean {
  return LONG_UUID.test(id) || SHORT_UUID.test(id) || FREE_TEXT.test(id);
}

/**
 * Copies `params`, dropping undefined fields and wrapping money fields for exact encoding. Each must be
 * a decimal, and positive unless it is relative (its `…_type` is not "static", or the limit price of a
 * trailing-stop-limit, an offset): a quantity of 0 or -1 never leaves. Errors name the WebSocket field.
 */
function wire(params: object, where = ""): Record<string, unknown> {
  const p = params as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined) continue;
    const relative =
      (p[`${k}_type`] ?? "static") !== "static" ||
      (k === "limit_price" && p.order_type === "trailing-stop-limit");
    out[k] = MONEY_FIELDS.includes(k) ? decimal(v as string, where + k, !relative) : v;
  }
  if (p.triggers) out.triggers = wire(p.triggers as object, "triggers.");
  if (p.conditional) out.conditional = wire(p.conditional as object, "conditional.");
  return out;
}

/** Validates one order (add_order or a batch_add entry), generating a cl_ord_id when it has no id. */
function order(o: OrderFields, where: string, newId: () => string): Record<string, unknown> {
  const hasQty = o.order_qty !== undefined;
  const hasCash = o.cash_order_qty !== undefined;
  if (hasQty === hasCash) fail(`${where}: give exactly one of order_qty and cash_order_qty`, "order_qty");
  if (hasCash && (o.order_type !== "market" || o.side !== "buy" || o.margin)) {
    fail(`${where}: cash_order_qty is only for non-margin market buys`, "cash_order_qty");
  }
  if (o.cl_ord_id !== undefined && o.order_userref !== undefined) {
    fail(`${where}: cl_ord_id and order_userref are mutually exclusive`, "cl_ord_id");
  }
  if (o.cl_ord_id !== undefined && !isValidClOrdId(o.cl_ord_id)) {
    fail(`${where}: cl_ord_id must be a UUID, 32 hex digits or up to 18 ASCII characters`, "cl_ord_id");
  }
  if (o.order_userref !== undefined && !Number.isInteger(o.order_userref)) {
    fail(`${where}: order_userref must be an integer`, "order_userref");
  }
  if (LIMIT_TYPES.has(o.order_type) && o.limit_price === undefined) {
    fail(`${where}: ${o.order_type} orders need limit_price`, "limit_price");
  }
  if (!LIMIT_TYPES.has(o.order_type) && o.limit_price !== undefined) {
    fail(`${where}: ${o.order_type} orders take no limit_price`, "limit_price");
  }
  if (TRIGGER_TYPES.has(o.order_type) !== (o.triggers !== undefined)) {
    fail(`${where}: triggers are required for, and only for, triggered order types`, "triggers");
  }
  if ((o.order_type === "iceberg") !== (o.display_qty !== undefined)) {
    fail(`${where}: display_qty is required for, and only for, iceberg orders`, "display_qty");
  }
  if ((o.time_in_force === "gtd") !== (o.expire_time !== undefined)) {
    fail(`${where}: expire_time is required for, and only for, time_in_force gtd`, "expire_time");
  }
  if (o.post_only && !LIMIT_TYPES.has(o.order_type))
    fail(`${where}: post_only needs a limit price`, "post_only");
  if (o.limit_price_type !== undefined && o.order_type !== "trailing-stop-limit") {
    fail(`${where}: limit_price_type is only for trailing-stop-limit`, "limit_price_type");
  }
  const out = wire(o);
  if (o.cl_ord_id === undefined && o.order_userref === undefined) out.cl_ord_id = newId();
  return out;
}

/** `add_order` params for the wire. */
export function addOrderParams(p: AddOrderParams, newId: () => string): Record<string, unknown> {
  if (!p.symbol) fail("add_order: symbol is required", "symbol");
  return order(p, "add_order", newId);
}

/** `amend_order` params for the wire. */
export function amendOrderParams(p: AmendOrderParams): Record<string, unknown> {
  if ((p.order_id === undefined) === (p.cl_ord_id === undefined)) {
    fail("amend_order: give exactly one of order_id and cl_ord_id", "order_id");
  }
  if (!MONEY_FIELDS.some((k) => p[k as keyof AmendOrderParams] !== undefined)) {
    fail("amend_order: nothing to amend (order_qty, display_qty, limit_price or trigger_price)");
  }
  return wire(p);
}

/** `edit_order` params for the wire. */
export function editOrderParams(p: EditOrderParams): Record<string, unknown> {
  if (!p.order_id) fail("edit_order: order_id is required", "order_id");
  if (!p.symbol) fail("edit_order: symbol is required", "symbol");
  return wire(p);
}

/** `cancel_order` params for the wire, and how many answers Kraken sends (one per order). */
export function cancelOrderParams(p: CancelOrderParams): { params: Record<string, unknown>; count: number } {
  const lists = [p.order_id, p.cl_ord_id, p.order_userref].filter((l) => l !== undefined);
  if (lists.length !== 1 || (lists[0]?.length ?? 0) === 0) {
    fail("cancel_order: give exactly one non-empty list of order_id, cl_ord_id or order_userref", "order_id");
  }
  return { params: wire(p), count: lists[0]?.length ?? 1 };
}

/** `cancel_all_orders_after` params: 0 (disable) ≤ timeout < 86400 whole seconds. */
export function deadMansParams(timeout: number): Record<string, unknown> {
  if (!Number.isInteger(timeout) || timeout < 0 || timeout >= 86400) {
    fail("cancel_all_orders_after: timeout must be an integer in [0, 86400)", "timeout");
  }
  return { timeout };
}

/**
 * Checks a managed dead man's switch and returns its refresh interval: a countdown of 1 s or more
 * (0 would only disable), refreshed more often than it runs out. Default refresh: a quarter of the
 * countdown, at least 1 s.
 */
export function deadMansSwitchRefreshMs(timeoutSec: number, refreshEveryMs: number | undefined): number {
  deadMansParams(timeoutSec);
  if (timeoutSec < 1)
    fail("deadMansSwitch: timeoutSec must be at least 1 (0 disables: use disarm())", "timeoutSec");
  const ms = refreshEveryMs ?? Math.max(1000, (timeoutSec * 1000) / 4);
  if (!(ms > 0 && ms < timeoutSec * 1000)) {
    fail("deadMansSwitch: refreshEveryMs must be positive and shorter than the countdown", "refreshEveryMs");
  }
  return ms;
}

/** `batch_add` params: 2–15 orders on one symbol, unique cl_ord_ids. */
export function batchAddParams(p: BatchAddParams, newId: () => string): Record<string, unknown> {
  if (!p.symbol) fail("batch_add: symbol is required", "symbol");
  if (p.orders.length < 2 || p.orders.length > 15) fail("batch_add: 2 to 15 orders per batch", "orders");
  const orders = p.orders.map((o, i) => order(o, `batch_add orders[${i}]`, newId));
  const ids = orders.map((o) => o.cl_ord_id).filter((id) => id !== undefined);
  if (new Set(ids).size !== ids.length) fail("batch_add: cl_ord_id values must be unique", "cl_ord_id");
  return { ...wire({ ...p, orders: undefined }), orders };
}

/** `batch_cancel` params: 2–50 identifiers in total. */
export function batchCancelParams(p: BatchCancelParams): Record<string, unknown> {
  const n = (p.orders?.length ?? 0) + (p.cl_ord_id?.length ?? 0);
  if (n < 2 || n > 50) fail("batch_cancel: 2 to 50 identifiers per batch", "orders");
  return wire(p);
}
