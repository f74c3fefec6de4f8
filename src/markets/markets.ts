/** The registry: markets and assets looked up by any of Kraken's names, and REST answers re-keyed by symbol. */

import { KrakenValidationError } from "../errors/base.js";
import { guessCommon, krakenAltname, splitSuffix } from "./assets.js";
import { Market, type MarketData } from "./market.js";

/**
 * One asset of the registry.
 * @example
 * ```ts
 * markets.findAsset("XBT")?.krakenId; // "XXBT"
 * ```
 */
export interface AssetInfo {
  /** Common code, as WebSocket v2 names it (`BTC`, `DOGE`, `AAPLx`). */
  readonly code: string;
  /** Kraken's REST id, the key of Assets and Balance (`XXBT`, `XXDG`). */
  readonly krakenId: string;
  /** Kraken's altname (`XBT`, `XDG`). */
  readonly altname: string;
  /** Record-keeping decimals. */
  readonly decimals: number;
  /** `currency`, `tokenized_asset`, ... */
  readonly assetClass: string;
  /** Status (`enabled`, ...). */
  readonly status: string;
}

/**
 * What a registry is built from: plain data, so it can be saved and rebuilt offline.
 * @example
 * ```ts
 * const copy = new Markets(JSON.parse(JSON.stringify(markets.snapshot())));
 * ```
 */
export interface MarketsSnapshot {
  /** Every market. */
  readonly markets: readonly MarketData[];
  /** Every asset. */
  readonly assets: readonly AssetInfo[];
}

/**
 * Markets and assets by any of their names. Build one with `loadMarkets(rest)`, `marketsFromWs(ws)`,
 * or `new Markets(snapshot)` offline.
 * @example
 * ```ts
 * const markets = await loadMarkets(rest);
 * markets.get("XXBTZUSD").symbol; // "BTC/USD"
 * markets.toRest("BTC/USD"); // "XXBTZUSD"
 * markets.asset("XBT.F"); // "BTC.F"
 * ```
 */
export class Markets {
  /** Every market, in the order Kraken listed them. */
  readonly list: readonly Market[];
  /** Every asset. */
  readonly assets: readonly AssetInfo[];
  /** When this registry was built (ms since the epoch). */
  readonly builtAt: number;
  readonly #byName = new Map<string, Market>();
  readonly #assetByName = new Map<string, AssetInfo>();

  constructor(snapshot: MarketsSnapshot, builtAt = Date.now()) {
    this.list = snapshot.markets.map((m) => (m instanceof Market ? m : new Market(m)));
    this.assets = snapshot.assets;
    this.builtAt = builtAt;
    for (const m of this.list) {
      for (const n of [m.symbol, m.wsname, m.altname, m.restKey, m.symbol.replace("/", "")]) {
        if (n && !this.#byName.has(n.toUpperCase())) this.#byName.set(n.toUpperCase(), m);
      }
    }
    for (const a of this.assets) {
      for (const n of [a.code, a.krakenId, a.altname]) {
        if (!this.#assetByName.has(n.toUpperCase())) this.#assetByName.set(n.toUpperCase(), a);
      }
    }
  }

  /** The plain data of this registry, to store and rebuild with `new Markets(snapshot)`. */
  snapshot(): MarketsSnapshot {
    return { markets: this.list.map((m) => ({ ...m })), assets: this.assets };
  }

  /** The market of any name form (`BTC/USD`, `XBT/USD`, `XBTUSD`, `XXBTZUSD`, `PF_XBTUSD`), case-insensitive; undefined when unknown. */
  find(name: string): Market | undefined {
    return this.#byName.get(name.toUpperCase());
  }

  /**
   * The market of any name form.
   * @throws KrakenValidationError for an unknown name, listing the closest known names.
   */
  get(name: string): Market {
    const m = this.find(name);
    if (m) return m;
    const near = closest(
      name,
      [...this.#byName.values()].map((x) => x.symbol),
    );
    throw new KrakenValidationError(
      `unknown market "${name}"${near.length ? `; did you mean ${near.join(", ")}?` : ""}`,
      "pair",
    );
  }

  /** The REST pair name (the key REST answers use, `XXBTZUSD`) of any name form. */
  toRest(name: string): string {
    return this.get(name).restKey;
  }

  /** The WebSocket v2 symbol (`BTC/USD`) of any name form. */
  toWs(name: string): string {
    return this.get(name).symbol;
  }

  /** The asset of any code form (`BTC`, `XBT`, `XXBT`), Earn suffix removed; undefined when unknown. */
  findAsset(code: string): AssetInfo | undefined {
    return this.#assetByName.get(splitSuffix(code)[0].toUpperCase());
  }

  /**
   * The common asset code (`XXBT` -> `BTC`, `XDG` -> `DOGE`, `XBT.F` -> `BTC.F`): Earn suffixes are
   * kept, legacy X/Z prefixes removed. Codes not in the registry follow Kraken's naming rules.
   */
  asset(code: string): string {
    const [bare, suffix] = splitSuffix(code);
    return (this.findAsset(bare)?.code ?? guessCommon(bare)) + suffix;
  }

  /**
   * Kraken's REST code for an asset (`BTC` -> `XXBT`); with an Earn suffix, Kraken's Balance form
   * (altname and suffix: `BTC.F` -> `XBT.F`).
   */
  krakenAsset(code: string): string {
    const [bare, suffix] = splitSuffix(code);
    const a = this.findAsset(bare);
    if (suffix) return (a?.altname ?? krakenAltname(bare)) + suffix;
    return a?.krakenId ?? krakenAltname(bare);
  }

  /**
   * A REST answer keyed by pair (Ticker, Depth, OHLC, Trades, AssetPairs, ...) re-keyed by WebSocket
   * symbol. Keys that name no market (OHLC's and Trades' `last`) are kept as they are; the values are
   * Kraken's own, untouched.
   * @example
   * ```ts
   * const ticker = markets.bySymbol(await rest.getTickerInformation({ pair: "XBTUSD" }));
   * ticker["BTC/USD"]?.c[0];
   * ```
   */
  bySymbol<T>(result: Record<string, T>): Record<string, T> {
    const out: Record<string, T> = {};
    for (const [k, v] of Object.entries(result)) out[this.find(k)?.symbol ?? k] = v;
    return out;
  }

  /** The entry of a REST answer keyed by pair for the market of any name form; undefined when absent. */
  pick<T>(result: Record<string, T>, name: string): T | undefined {
    const m = this.get(name);
    for (const k of [m.restKey, m.altname, m.symbol, m.wsname]) if (k && k in result) return result[k];
    return undefined;
  }
}

/** Up to three names closest to `name` by edit distance (case-insensitive). */
export function closest(name: string, names: readonly string[]): string[] {
  const want = name.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return [...new Set(names)]
    .map((n) => ({ n, d: distance(want, n.toUpperCase().replace(/[^A-Z0-9]/g, "")) }))
    .sort((a, b) => a.d - b.d || a.n.localeCompare(b.n))
    .slice(0, 3)
    .map((x) => x.n);
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
