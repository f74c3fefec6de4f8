/**
 * Local checks of the Unified WebSocket (Kraken's unified-ws pages): every market subscription and
 * trading call names its `asset_class`; `positions` and `margin` are derivatives only and `margin`
 * takes no `snapshot`; derivatives orders take none of Spot's iceberg, cash quantity, margin flag or
 * relative limit prices; `edit_order` does not exist there.
 */
import { KrakenValidationError } from "../../errors/base.js";
import type { OrderFields } from "../types/trading.js";

function fail(message: string, field: string): never {
  throw new KrakenValidationError(message, field);
}

/** Checks the `asset_class` of a request (`where` names it in the error). */
export function checkAssetClass(where: string, assetClass: unknown, derivativesOnly = false): void {
  if (assetClass === undefined)
    fail(`${where}: asset_class is required on the Unified WebSocket`, "asset_class");
  if (assetClass !== "derivatives" && (derivativesOnly || assetClass !== "spot"))
    fail(
      `${where}: asset_class must be ${derivativesOnly ? '"derivatives"' : '"derivatives" or "spot"'}`,
      "asset_class",
    );
}

/** Checks a Unified subscription's parameters (before the Spot v2 checks run). */
export function checkUnifiedSubscribe(params: {
  channel: string;
  asset_class?: unknown;
  snapshot?: unknown;
}): void {
  const c = params.channel;
  if (c === "ohlc" || c === "instrument" || c === "level3")
    fail(`${c}: not a channel the Unified WebSocket documents for derivatives`, "channel");
  checkAssetClass(c, params.asset_class, c === "positions" || c === "margin");
  if (c === "margin" && params.snapshot !== undefined)
    fail("margin: takes no snapshot parameter (every message is the full state)", "snapshot");
}

/** Checks one derivatives order (add_order or a batch_add entry). */
export function checkDerivativesOrder(o: OrderFields, where: string): void {
  if (o.order_type === "iceberg" || o.order_type === "settle-position")
    fail(`${where}: ${o.order_type} orders do not exist for derivatives`, "order_type");
  if (o.cash_order_qty !== undefined) fail(`${where}: cash_order_qty is Spot only`, "cash_order_qty");
  if (o.margin !== undefined) fail(`${where}: margin is Spot only`, "margin");
  if (o.limit_price_type !== undefined && o.limit_price_type !== "static")
    fail(`${where}: derivatives take only the static limit price type`, "limit_price_type");
  if (o.order_qty === undefined) fail(`${where}: order_qty is required`, "order_qty");
}
