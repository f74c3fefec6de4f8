/** The markets registry: names, rules and rounding for every Spot pair and Derivatives contract. */

export { EARN_SUFFIXES } from "./assets.js";
export {
  type DerivativesInstrument,
  type DerivativesMarginLevel,
  fromDerivatives,
} from "./from-derivatives.js";
export { fromRest, type RestAsset, type RestAssetPair } from "./from-rest.js";
export {
  fromInstrument,
  type WsInstrumentAsset,
  type WsInstrumentData,
  type WsInstrumentPair,
} from "./from-ws.js";
export { checkFuturesOrderRules } from "./futures-rules.js";
export {
  type LoadMarketsOptions,
  loadMarkets,
  type MarketsCheckOptions,
  type MarketsRestClient,
  type MarketsWsClient,
  marketsFromWs,
} from "./load.js";
export {
  type LoadFuturesMarketsOptions,
  loadFuturesMarkets,
  type MarketsFuturesClient,
} from "./load-futures.js";
export { type ContractSpecs, type MarginLevel, Market, type MarketData } from "./market.js";
export { type AssetInfo, Markets, type MarketsSnapshot } from "./markets.js";
export { checkOrderRules, KrakenOrderRuleError, type OrderRule } from "./rules.js";
export type { RoundMode } from "./step-math.js";
