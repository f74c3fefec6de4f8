/** Builds a registry snapshot from the Derivatives REST `instruments` answer (contracts such as `PF_XBTUSD`). */

import { expandExponent } from "../util/decimal.js";
import { guessCommon } from "./assets.js";
import type { MarketData } from "./market.js";
import type { MarketsSnapshot } from "./markets.js";
import { compare, isNumber, stepOf, trim } from "./step-math.js";

/**
 * A Derivatives instrument, as far as the registry reads it; numbers are exact decimal strings.
 * @example
 * ```ts
 * const snap = fromDerivatives({ instruments: [{ symbol: "PF_XBTUSD", tickSize: "0.5", tradeable: true }] });
 * ```
 */
export interface DerivativesInstrument {
  symbol: string;
  type?: string;
  underlying?: string;
  base?: string;
  quote?: string;
  pair?: string;
  tickSize?: string;
  contractSize?: string;
  contractValueTradePrecision?: number;
  tradeable: boolean;
  postOnly?: boolean;
  impactMidSize?: string;
  maxPositionSize?: string;
  fundingRateCoefficient?: string;
  maxRelativeFundingRate?: string;
  isin?: string;
  openingDate?: string;
  lastTradingTime?: string;
  marginLevels?: readonly DerivativesMarginLevel[];
  retailMarginLevels?: readonly DerivativesMarginLevel[];
}

/**
 * One margin band of a Derivatives instrument as Kraken sends it: from `contracts` (inverse futures) or
 * `numNonContractUnits` (flexible futures, in quote currency) on.
 * @example
 * ```ts
 * const band: DerivativesMarginLevel = { contracts: "0", initialMargin: "0.02", maintenanceMargin: "0.01" };
 * ```
 */
export interface DerivativesMarginLevel {
  contracts?: string | null;
  numNonContractUnits?: string | null;
  initialMargin: string;
  maintenanceMargin: string;
}

const band = (l: DerivativesMarginLevel) => ({
  from: l.contracts ?? l.numNonContractUnits ?? "0",
  initialMargin: l.initialMargin,
  maintenanceMargin: l.maintenanceMargin,
});

/** The whole leverage an initial-margin fraction allows, floor(1 / margin), exactly ("0.02" -> 50); 0 when none. */
function leverageOf(initialMargin: string): number {
  if (!isNumber(initialMargin) || compare(initialMargin, "0") <= 0) return 0;
  const plain = expandExponent(initialMargin.trim());
  const dot = plain.indexOf(".");
  const scale = dot < 0 ? 0 : plain.length - dot - 1;
  return Number(10n ** BigInt(scale) / BigInt(plain.replace(".", "")));
}

/**
 * A snapshot from the Derivatives `instruments` answer, read with its money numbers as exact strings
 * (the operation table's `exact` keys). Leverage follows from the first margin level (1 / initial margin).
 * @example
 * ```ts
 * const contracts = new Markets(fromDerivatives(instrumentsAnswer));
 * contracts.get("PF_XBTUSD").contract?.perpetual; // true
 * ```
 */
export function fromDerivatives(answer: { instruments: readonly DerivativesInstrument[] }): MarketsSnapshot {
  const markets: MarketData[] = answer.instruments.map((i) => {
    const [kb = "", kq = ""] = i.pair?.split(":") ?? [i.base ?? "", i.quote ?? ""];
    const qtyDecimals = i.contractValueTradePrecision ?? 0;
    const tick = trim(i.tickSize ?? "1");
    const dot = tick.indexOf(".");
    const levels = i.marginLevels ?? [];
    const first = levels[0]?.initialMargin;
    const maxLeverage = first ? leverageOf(first) : 0;
    const leverage = maxLeverage > 0 ? [maxLeverage] : [];
    return {
      symbol: i.symbol,
      altname: i.symbol,
      restKey: i.symbol,
      base: guessCommon(kb),
      quote: guessCommon(kq),
      krakenBase: kb,
      krakenQuote: kq,
      assetClass: "derivatives",
      venue: "derivatives",
      status: !i.tradeable ? "cancel_only" : i.postOnly ? "post_only" : "online",
      priceTick: tick,
      priceDecimals: dot < 0 ? 0 : tick.length - dot - 1,
      qtyStep: stepOf(qtyDecimals),
      qtyDecimals: Math.max(0, qtyDecimals),
      ordermin: stepOf(qtyDecimals),
      costmin: "0",
      costDecimals: 0,
      marginable: true,
      leverageBuy: leverage,
      leverageSell: leverage,
      contract: {
        type: i.type ?? "flexible_futures",
        ...(i.underlying ? { underlying: i.underlying } : {}),
        contractSize: i.contractSize ?? "1",
        perpetual: i.symbol.startsWith("PF_") || i.symbol.startsWith("PI_"),
        tradeable: i.tradeable,
        postOnly: i.postOnly === true,
        contractValueTradePrecision: qtyDecimals,
        ...(i.impactMidSize ? { impactMidSize: i.impactMidSize } : {}),
        ...(i.openingDate ? { openingDate: i.openingDate } : {}),
        ...(i.lastTradingTime ? { lastTradingTime: i.lastTradingTime } : {}),
        ...(i.maxPositionSize ? { maxPositionSize: i.maxPositionSize } : {}),
        ...(i.fundingRateCoefficient ? { fundingRateCoefficient: i.fundingRateCoefficient } : {}),
        ...(i.maxRelativeFundingRate ? { maxRelativeFundingRate: i.maxRelativeFundingRate } : {}),
        ...(i.isin ? { isin: i.isin } : {}),
        marginLevels: levels.map(band),
        retailMarginLevels: (i.retailMarginLevels ?? []).map(band),
      },
    };
  });
  return { markets, assets: [] };
}
