/**
 * Types of the Unified WebSocket (`new KrakenWs({ unified: true })`): the `asset_class` every market
 * request carries and the derivatives-only private channels `positions` and `margin`. The other
 * channels keep their Spot v2 types (`asset_class` added). Money values are exact decimal strings.
 * @see https://docs.kraken.com/exchange/api-reference/unified-websocket
 */

/** An exact decimal string (see `DecimalString` in channels.ts; repeated here so the types import only down). */
type DecimalString = string;

/**
 * Which market a Unified request applies to: `derivatives` today; `spot` is accepted for when Kraken
 * enables it (planned for Q1 2027).
 * @example
 * const assetClass: AssetClass = "derivatives";
 * await uws.subscribe({ channel: "book", asset_class: assetClass, symbol: ["PF_XBTUSD"], depth: 10 });
 */
export type AssetClass = "spot" | "derivatives";

/**
 * `positions` subscription (private, derivatives only; one per connection).
 * @example
 * const positions = await uws.subscribe({ channel: "positions", asset_class: "derivatives" });
 */
export interface PositionsParams {
  channel: "positions";
  asset_class: "derivatives";
  /** Request the snapshot of every open position first. Default true; not together with `with_margin`. */
  snapshot?: boolean;
  /** Stream the payload enriched with margin and risk figures. Default false. */
  with_margin?: boolean;
}

/**
 * `margin` subscription (private, derivatives only; one per connection; takes no `snapshot`: every
 * message is the full current state).
 * @example
 * const margin = await uws.subscribe({ channel: "margin", asset_class: "derivatives" });
 */
export interface MarginParams {
  channel: "margin";
  asset_class: "derivatives";
}

/**
 * One derivatives position (`positions` channel). A closed position is reported with size 0.
 * @example
 * for await (const msg of positions) for (const p of msg.data.futures) console.log(p.symbol, p.side, p.size);
 */
export interface PositionData {
  symbol: string;
  side?: "long" | "short";
  size: DecimalString;
  entry_price: DecimalString;
  [field: string]: unknown;
}

/**
 * A `positions` message: the snapshot of every open position, then the positions an event changed.
 * @example
 * const positions = await uws.subscribe({ channel: "positions", asset_class: "derivatives" });
 * for await (const msg of positions) if (msg.type === "snapshot") console.log(msg.data.futures.length);
 */
export interface PositionsMessage {
  channel: "positions";
  type: "snapshot" | "update";
  data: { futures: PositionData[]; options: PositionData[]; error?: "snapshot_too_large" };
  timestamp?: string;
}

/**
 * A `margin` message: one complete section of the margin state, the multi-collateral (flex) wallet or
 * the single-collateral wallets. The field names follow the Derivatives WebSocket `balances` feed's
 * `flex_futures` and `futures` structures that this channel carries; values are exact decimal strings.
 * @example
 * const margin = await uws.subscribe({ channel: "margin", asset_class: "derivatives" });
 * for await (const m of margin) if (m.type === "multi_collateral") console.log(m.data.available_margin);
 */
export interface MarginMessage {
  channel: "margin";
  type: "multi_collateral" | "single_collateral";
  data: {
    initial_margin?: DecimalString;
    maintenance_margin?: DecimalString;
    available_margin?: DecimalString;
    margin_equity?: DecimalString;
    portfolio_value?: DecimalString;
    collateral_value?: DecimalString;
    pnl?: DecimalString;
    [field: string]: unknown;
  };
}
