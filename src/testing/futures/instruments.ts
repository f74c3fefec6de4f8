/**
 * The venue's instruments: two multi-collateral perpetuals (PF_XBTUSD, PF_ETHUSD) and one
 * fixed-maturity future (FF_XBTUSD_yymmdd, expiring on the last Friday three months after the clock's
 * date), with Kraken's fields (tick size, size precision, margin levels, funding parameters).
 */
import type { SimPair } from "../exchange/pairs.js";

/** One margin band: from `numNonContractUnits` of notional (USD) on, these margin fractions apply. */
export interface MarginLevel {
  readonly numNonContractUnits: string;
  readonly initialMargin: string;
  readonly maintenanceMargin: string;
}

/** A Derivatives instrument. */
export interface FuturesInstrument {
  /** `PF_XBTUSD`. */
  readonly symbol: string;
  /** `XBT:USD`. */
  readonly pair: string;
  readonly base: string;
  readonly quote: string;
  readonly tag: "perpetual" | "month" | "quarter" | "semiannual";
  readonly perpetual: boolean;
  /** Price increment. */
  readonly tickSize: string;
  /** Size decimals (`contractValueTradePrecision`). */
  readonly sizeDecimals: number;
  readonly maxPositionSize: string;
  readonly impactMidSize: string;
  readonly marginLevels: readonly MarginLevel[];
  /** Funding: relative rate per interval at the start, its cap and Kraken's coefficient. */
  readonly relativeFundingRate: string;
  readonly maxRelativeFundingRate: string;
  readonly fundingRateCoefficient: number;
  /** Index (and starting mark) price. */
  readonly startPrice: string;
  readonly openingDate: number;
  /** Last trading time of a fixed-maturity future (unix ms). */
  readonly lastTradingTime?: number;
  /** Taker and maker fees as fractions of notional. */
  readonly takerFee: string;
  readonly makerFee: string;
  /** The index ticker's symbol (`in_xbtusd`). */
  readonly indexSymbol: string;
}

const XBT_LEVELS: readonly MarginLevel[] = [
  { numNonContractUnits: "0", initialMargin: "0.02", maintenanceMargin: "0.01" },
  { numNonContractUnits: "500000", initialMargin: "0.04", maintenanceMargin: "0.02" },
  { numNonContractUnits: "2000000", initialMargin: "0.1", maintenanceMargin: "0.05" },
];

const ETH_LEVELS: readonly MarginLevel[] = [
  { numNonContractUnits: "0", initialMargin: "0.02", maintenanceMargin: "0.01" },
  { numNonContractUnits: "300000", initialMargin: "0.04", maintenanceMargin: "0.02" },
  { numNonContractUnits: "1000000", initialMargin: "0.1", maintenanceMargin: "0.05" },
];

/** The last Friday of the month `monthsAhead` months after `now`, 16:00 UTC. */
export function quarterlyExpiry(now: number, monthsAhead = 3): number {
  const d = new Date(now);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsAhead + 1, 0, 16));
  const back = (lastDay.getUTCDay() - 5 + 7) % 7;
  return lastDay.getTime() - back * 86_400_000;
}

/** `yymmdd` of a unix ms time. */
function yymmdd(ms: number): string {
  return new Date(ms).toISOString().slice(2, 10).replace(/-/g, "");
}

/** The default instruments for a clock reading `now`. */
export function defaultInstruments(now: number): FuturesInstrument[] {
  const opening = Date.UTC(2022, 0, 1);
  const expiry = quarterlyExpiry(now);
  const common = { takerFee: "0.0005", makerFee: "0.0002", openingDate: opening, fundingRateCoefficient: 8 };
  return [
    {
      ...common,
      symbol: "PF_XBTUSD",
      pair: "XBT:USD",
      base: "XBT",
      quote: "USD",
      tag: "perpetual",
      perpetual: true,
      tickSize: "0.5",
      sizeDecimals: 4,
      maxPositionSize: "1000000",
      impactMidSize: "1",
      marginLevels: XBT_LEVELS,
      relativeFundingRate: "0.0000125",
      maxRelativeFundingRate: "0.001",
      startPrice: "65000",
      indexSymbol: "in_xbtusd",
    },
    {
      ...common,
      symbol: "PF_ETHUSD",
      pair: "ETH:USD",
      base: "ETH",
      quote: "USD",
      tag: "perpetual",
      perpetual: true,
      tickSize: "0.01",
      sizeDecimals: 3,
      maxPositionSize: "1000000",
      impactMidSize: "1",
      marginLevels: ETH_LEVELS,
      relativeFundingRate: "-0.00000375",
      maxRelativeFundingRate: "0.001",
      startPrice: "3400.25",
      indexSymbol: "in_ethusd",
    },
    {
      ...common,
      symbol: `FF_XBTUSD_${yymmdd(expiry)}`,
      pair: "XBT:USD",
      base: "XBT",
      quote: "USD",
      tag: "quarter",
      perpetual: false,
      tickSize: "0.5",
      sizeDecimals: 4,
      maxPositionSize: "1000000",
      impactMidSize: "1",
      marginLevels: XBT_LEVELS,
      relativeFundingRate: "0",
      maxRelativeFundingRate: "0",
      startPrice: "66250",
      lastTradingTime: expiry,
      indexSymbol: "in_xbtusd",
    },
  ];
}

/** The size step of an instrument: 10^-`contractValueTradePrecision` (a negative precision steps by 10, 100, ...). */
export function sizeStep(instrument: FuturesInstrument): string {
  const d = instrument.sizeDecimals;
  return d <= 0 ? `1${"0".repeat(-d)}` : `0.${"0".repeat(d - 1)}1`;
}

/** The Spot engine's view of an instrument (the matching engine works on SimPairs). */
export function enginePair(i: FuturesInstrument): SimPair {
  const priceDecimals = i.tickSize.includes(".") ? i.tickSize.length - i.tickSize.indexOf(".") - 1 : 0;
  return {
    id: i.symbol,
    altname: i.symbol,
    wsname: i.symbol,
    base: i.base,
    quote: i.quote,
    priceDecimals,
    qtyDecimals: Math.max(0, i.sizeDecimals),
    costDecimals: priceDecimals + i.sizeDecimals,
    ordermin: sizeStep(i),
    costmin: "0",
    tickSize: i.tickSize,
    takerFee: "0",
    makerFee: "0",
    startPrice: i.startPrice,
  };
}
