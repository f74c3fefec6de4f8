/**
 * The simulator's reference data: assets and trading pairs with Kraken's naming triple (REST key,
 * altname, WebSocket v2 symbol) and the trading rules that orders are checked against.
 */

/** One asset as Kraken names it on REST (`XXBT`), by altname (`XBT`) and on WebSocket v2 (`BTC`). */
export interface SimAsset {
  /** REST asset id, the key in Balance/Assets (`XXBT`, `ZUSD`, `PEPE`). */
  readonly id: string;
  /** Kraken altname (`XBT`, `USD`). */
  readonly altname: string;
  /** WebSocket v2 name (`BTC`, `USD`). */
  readonly wsname: string;
  /** Record-keeping decimals (Assets `decimals`). */
  readonly decimals: number;
  /** Display decimals (Assets `display_decimals`). */
  readonly displayDecimals: number;
  /** Asset class (`currency`, or `tokenized_asset` for xStocks). Default `currency`. */
  readonly assetClass?: string;
}

/** One trading pair and its rules. All money values are exact decimal strings. */
export interface SimPair {
  /** REST pair key (`XXBTZUSD`). */
  readonly id: string;
  /** REST altname (`XBTUSD`). */
  readonly altname: string;
  /** WebSocket v2 symbol (`BTC/USD`); also AssetPairs `wsname`. */
  readonly wsname: string;
  /** Base asset id (REST). */
  readonly base: string;
  /** Quote asset id (REST). */
  readonly quote: string;
  /** Price decimals (AssetPairs `pair_decimals`). */
  readonly priceDecimals: number;
  /** Quantity decimals (AssetPairs `lot_decimals`). */
  readonly qtyDecimals: number;
  /** Cost decimals (AssetPairs `cost_decimals`). */
  readonly costDecimals: number;
  /** Minimum order quantity. */
  readonly ordermin: string;
  /** Minimum order cost in quote currency. */
  readonly costmin: string;
  /** Price increment; prices must be a multiple of it. */
  readonly tickSize: string;
  /** Taker fee in percent (e.g. "0.40"). */
  readonly takerFee: string;
  /** Maker fee in percent (e.g. "0.25"). */
  readonly makerFee: string;
  /** Mid price the seeded book starts around. */
  readonly startPrice: string;
  /**
   * The pair's own trading status (AssetPairs `status`): `cancel_only`, `post_only`, `limit_only`,
   * `reduce_only` or `delisted` restrict orders on this pair alone. Default `online`.
   */
  readonly status?: "online" | "cancel_only" | "post_only" | "limit_only" | "reduce_only" | "delisted";
  /** Leverage levels allowed for buys (AssetPairs `leverage_buy`); empty or absent: not marginable. */
  readonly leverageBuy?: readonly number[];
  /** Leverage levels allowed for sells (AssetPairs `leverage_sell`). */
  readonly leverageSell?: readonly number[];
  /** Asset class of the base (`currency`, or `tokenized_asset` for xStocks). Default `currency`. */
  readonly assetClass?: string;
}

/** The default assets. */
export const DEFAULT_ASSETS: readonly SimAsset[] = [
  { id: "XXBT", altname: "XBT", wsname: "BTC", decimals: 10, displayDecimals: 5 },
  { id: "XETH", altname: "ETH", wsname: "ETH", decimals: 10, displayDecimals: 5 },
  { id: "ZUSD", altname: "USD", wsname: "USD", decimals: 4, displayDecimals: 2 },
  { id: "PEPE", altname: "PEPE", wsname: "PEPE", decimals: 5, displayDecimals: 5 },
];

/**
 * The default pairs: BTC/USD (price 1 decimal, qty 8), ETH/USD (2 / 8), ETH/BTC (5 / 8) and a
 * small-priced meme token PEPE/USD (price 10 decimals, qty 5 decimals: quantities such as
 * "1234567890123.45678" carry 18 significant digits, beyond a double's exact range).
 */
export const DEFAULT_PAIRS: readonly SimPair[] = [
  {
    id: "XXBTZUSD",
    altname: "XBTUSD",
    wsname: "BTC/USD",
    base: "XXBT",
    quote: "ZUSD",
    priceDecimals: 1,
    qtyDecimals: 8,
    costDecimals: 5,
    ordermin: "0.0001",
    costmin: "0.5",
    tickSize: "0.1",
    takerFee: "0.40",
    makerFee: "0.25",
    startPrice: "65000.0",
  },
  {
    id: "XETHZUSD",
    altname: "ETHUSD",
    wsname: "ETH/USD",
    base: "XETH",
    quote: "ZUSD",
    priceDecimals: 2,
    qtyDecimals: 8,
    costDecimals: 5,
    ordermin: "0.002",
    costmin: "0.5",
    tickSize: "0.01",
    takerFee: "0.40",
    makerFee: "0.25",
    startPrice: "3200.00",
  },
  {
    id: "XETHXXBT",
    altname: "ETHXBT",
    wsname: "ETH/BTC",
    base: "XETH",
    quote: "XXBT",
    priceDecimals: 5,
    qtyDecimals: 8,
    costDecimals: 10,
    ordermin: "0.002",
    costmin: "0.00002",
    tickSize: "0.00001",
    takerFee: "0.40",
    makerFee: "0.25",
    startPrice: "0.04900",
  },
  {
    id: "PEPEUSD",
    altname: "PEPEUSD",
    wsname: "PEPE/USD",
    base: "PEPE",
    quote: "ZUSD",
    priceDecimals: 10,
    qtyDecimals: 5,
    costDecimals: 5,
    ordermin: "50000",
    costmin: "0.5",
    tickSize: "0.0000000001",
    takerFee: "0.40",
    makerFee: "0.25",
    startPrice: "0.0000098765",
  },
];

/** An xStock (a tokenized share): Apple as Kraken lists it, for tests of tokenized-asset names. */
export const XSTOCK_ASSET: SimAsset = {
  id: "AAPLx",
  altname: "AAPLx",
  wsname: "AAPLx",
  decimals: 8,
  displayDecimals: 4,
  assetClass: "tokenized_asset",
};

/** The xStock pair AAPLx/USD (price 2 decimals, qty 8). */
export const XSTOCK_PAIR: SimPair = {
  id: "AAPLxUSD",
  altname: "AAPLxUSD",
  wsname: "AAPLx/USD",
  base: "AAPLx",
  quote: "ZUSD",
  priceDecimals: 2,
  qtyDecimals: 8,
  costDecimals: 5,
  ordermin: "0.05",
  costmin: "5",
  tickSize: "0.01",
  takerFee: "0.40",
  makerFee: "0.25",
  startPrice: "228.50",
  assetClass: "tokenized_asset",
};

/** Looks pairs up by any of their three names. */
export class PairRegistry {
  readonly pairs: readonly SimPair[];
  readonly assets: readonly SimAsset[];
  readonly #byName = new Map<string, SimPair>();
  readonly #assetByName = new Map<string, SimAsset>();

  constructor(pairs: readonly SimPair[] = DEFAULT_PAIRS, assets: readonly SimAsset[] = DEFAULT_ASSETS) {
    this.pairs = pairs;
    this.assets = assets;
    for (const p of pairs) {
      for (const name of [p.id, p.altname, p.wsname]) this.#byName.set(name.toUpperCase(), p);
    }
    for (const a of assets) {
      for (const name of [a.id, a.altname, a.wsname]) this.#assetByName.set(name.toUpperCase(), a);
    }
  }

  /** Pair by REST key, altname or WS symbol (case-insensitive); undefined when unknown. */
  pair(name: string): SimPair | undefined {
    return this.#byName.get(name.toUpperCase());
  }

  /** Asset by REST id, altname or WS name (case-insensitive). */
  asset(name: string): SimAsset | undefined {
    return this.#assetByName.get(name.toUpperCase());
  }

  /** WS name of a REST asset id (`XXBT` -> `BTC`); the id itself when unknown. */
  wsAsset(id: string): string {
    return this.asset(id)?.wsname ?? id;
  }
}
