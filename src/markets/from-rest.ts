/** Builds a registry snapshot from REST AssetPairs and Assets answers. */

import { guessCommon } from "./assets.js";
import type { MarketData } from "./market.js";
import type { AssetInfo, MarketsSnapshot } from "./markets.js";
import { stepOf, trim } from "./step-math.js";

/**
 * One AssetPairs entry, as far as the registry reads it.
 * @example
 * ```ts
 * const pairs: Record<string, RestAssetPair> = { XXBTZUSD: { altname: "XBTUSD", base: "XXBT", quote: "ZUSD", tick_size: "0.1" } };
 * ```
 */
export interface RestAssetPair {
  altname?: string;
  wsname?: string;
  aclass_base?: string;
  base?: string;
  aclass_quote?: string;
  quote?: string;
  pair_decimals?: number;
  cost_decimals?: number;
  lot_decimals?: number;
  leverage_buy?: number[];
  leverage_sell?: number[];
  ordermin?: string;
  costmin?: string;
  tick_size?: string;
  status?: string;
  execution_venue?: string;
}

/**
 * One Assets entry, as far as the registry reads it.
 * @example
 * ```ts
 * const assets: Record<string, RestAsset> = { XXBT: { altname: "XBT", decimals: 10 } };
 * ```
 */
export interface RestAsset {
  altname?: string;
  aclass?: string;
  decimals?: number;
  status?: string;
}

/** The common code of a REST asset id: its altname with Kraken's `XBT`/`XDG` renamed (`XXBT` -> `BTC`). */
function commonOf(id: string, asset: RestAsset | undefined): string {
  return guessCommon(asset?.altname ?? id);
}

/**
 * A snapshot from the results of AssetPairs (`getTradableAssetPairs`) and Assets (`getAssetInfo`).
 * @example
 * ```ts
 * const snap = fromRest(await rest.getTradableAssetPairs(), await rest.getAssetInfo());
 * new Markets(snap).get("XBTUSD").symbol; // "BTC/USD"
 * ```
 */
export function fromRest(
  pairs: Record<string, RestAssetPair>,
  assets: Record<string, RestAsset>,
): MarketsSnapshot {
  const assetList: AssetInfo[] = Object.entries(assets).map(([id, a]) => ({
    code: commonOf(id, a),
    krakenId: id,
    altname: a.altname ?? id,
    decimals: a.decimals ?? 0,
    assetClass: a.aclass ?? "currency",
    status: a.status ?? "enabled",
  }));
  const markets: MarketData[] = Object.entries(pairs).map(([key, p]) => {
    const kb = p.base ?? "";
    const kq = p.quote ?? "";
    const base = commonOf(kb, assets[kb]);
    const quote = commonOf(kq, assets[kq]);
    const priceDecimals = p.pair_decimals ?? 0;
    const qtyDecimals = p.lot_decimals ?? 0;
    const leverageBuy = p.leverage_buy ?? [];
    const leverageSell = p.leverage_sell ?? [];
    return {
      symbol: `${base}/${quote}`,
      ...(p.wsname ? { wsname: p.wsname } : {}),
      altname: p.altname ?? key,
      restKey: key,
      base,
      quote,
      krakenBase: kb,
      krakenQuote: kq,
      assetClass: p.aclass_base ?? "currency",
      ...(p.execution_venue ? { venue: p.execution_venue } : {}),
      status: p.status ?? "online",
      priceTick: p.tick_size ? trim(p.tick_size) : stepOf(priceDecimals),
      priceDecimals,
      qtyStep: stepOf(qtyDecimals),
      qtyDecimals,
      ordermin: p.ordermin ?? "0",
      costmin: p.costmin ?? "0",
      costDecimals: p.cost_decimals ?? priceDecimals,
      marginable: leverageBuy.length > 0 || leverageSell.length > 0,
      leverageBuy,
      leverageSell,
    };
  });
  return { markets, assets: assetList };
}
