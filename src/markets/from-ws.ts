/** Builds or updates a registry snapshot from the WebSocket v2 `instrument` channel's assets and pairs. */

import { krakenAltname } from "./assets.js";
import type { MarketData } from "./market.js";
import type { AssetInfo, Markets, MarketsSnapshot } from "./markets.js";

/**
 * An `instrument` asset, as far as the registry reads it.
 * @example
 * ```ts
 * const a: WsInstrumentAsset = { id: "BTC", precision: 10 };
 * ```
 */
export interface WsInstrumentAsset {
  id: string;
  status?: string;
  precision?: number;
  class?: string;
}

/**
 * An `instrument` pair, as far as the registry reads it.
 * @example
 * ```ts
 * const p: WsInstrumentPair = { symbol: "BTC/USD", base: "BTC", quote: "USD", price_increment: "0.1" };
 * ```
 */
export interface WsInstrumentPair {
  symbol: string;
  base: string;
  quote: string;
  status?: string;
  qty_precision?: number;
  qty_increment?: string;
  qty_min?: string;
  price_precision?: number;
  price_increment?: string;
  cost_precision?: number;
  cost_min?: string;
  marginable?: boolean;
  execution_venue?: string;
}

/**
 * The `data` of an `instrument` frame.
 * @example
 * ```ts
 * const data: WsInstrumentData = { pairs: [{ symbol: "BTC/USD", base: "BTC", quote: "USD" }] };
 * ```
 */
export interface WsInstrumentData {
  assets?: readonly WsInstrumentAsset[];
  pairs?: readonly WsInstrumentPair[];
}

/**
 * A snapshot from an `instrument` frame. A `snapshot` frame replaces the pairs; an `update` frame
 * changes only the pairs and assets it lists. Names only REST knows (`XXBTZUSD`, `XBT/USD`, leverage
 * levels) are kept from `previous` when it has the market; otherwise the REST names are Kraken's
 * altnames (`XBTUSD`), which REST accepts too.
 * @example
 * ```ts
 * const markets = new Markets(fromInstrument(msg.data, "snapshot"));
 * ```
 */
export function fromInstrument(
  data: WsInstrumentData,
  type: "snapshot" | "update",
  previous?: Markets,
): MarketsSnapshot {
  const assets = new Map<string, AssetInfo>(
    type === "update" && previous ? previous.assets.map((a) => [a.code, a]) : [],
  );
  if (type === "snapshot" && previous) for (const a of previous.assets) assets.set(a.code, a);
  for (const a of data.assets ?? []) {
    const known = previous?.findAsset(a.id);
    const alt = known?.altname ?? krakenAltname(a.id);
    assets.set(a.id, {
      code: a.id,
      krakenId: known?.krakenId ?? alt,
      altname: alt,
      decimals: a.precision ?? known?.decimals ?? 0,
      assetClass: a.class ?? known?.assetClass ?? "currency",
      status: a.status ?? known?.status ?? "enabled",
    });
  }
  const markets = new Map<string, MarketData>(
    type === "update" && previous ? previous.list.map((m) => [m.symbol, m]) : [],
  );
  for (const p of data.pairs ?? []) {
    const known = previous?.find(p.symbol);
    const kb = known?.krakenBase ?? assets.get(p.base)?.krakenId ?? krakenAltname(p.base);
    const kq = known?.krakenQuote ?? assets.get(p.quote)?.krakenId ?? krakenAltname(p.quote);
    const altname = known?.altname ?? `${krakenAltname(p.base)}${krakenAltname(p.quote)}`;
    const priceDecimals = p.price_precision ?? known?.priceDecimals ?? 0;
    const qtyDecimals = p.qty_precision ?? known?.qtyDecimals ?? 0;
    markets.set(p.symbol, {
      symbol: p.symbol,
      ...(known?.wsname ? { wsname: known.wsname } : {}),
      altname,
      restKey: known?.restKey ?? altname,
      base: p.base,
      quote: p.quote,
      krakenBase: kb,
      krakenQuote: kq,
      assetClass: known?.assetClass ?? assets.get(p.base)?.assetClass ?? "currency",
      ...((p.execution_venue ?? known?.venue) ? { venue: p.execution_venue ?? known?.venue } : {}),
      status: p.status ?? known?.status ?? "online",
      priceTick: p.price_increment ?? known?.priceTick ?? "1",
      priceDecimals,
      qtyStep: p.qty_increment ?? known?.qtyStep ?? "1",
      qtyDecimals,
      ordermin: p.qty_min ?? known?.ordermin ?? "0",
      costmin: p.cost_min ?? known?.costmin ?? "0",
      costDecimals: p.cost_precision ?? known?.costDecimals ?? priceDecimals,
      marginable: p.marginable ?? known?.marginable ?? false,
      leverageBuy: known?.leverageBuy ?? [],
      leverageSell: known?.leverageSell ?? [],
    });
  }
  return { markets: [...markets.values()], assets: [...assets.values()] };
}
