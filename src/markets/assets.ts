/** Asset code normalisation: Kraken's REST codes (`XXBT`, `ZUSD`, `XDG`, `XBT.F`) to common ones (`BTC`). */

/**
 * Earn and other balance suffixes Kraken appends to an asset code in Balance answers.
 * @example
 * ```ts
 * markets.asset("XBT.F"); // "BTC.F": the suffix is one of EARN_SUFFIXES
 * ```
 */
export const EARN_SUFFIXES = [".F", ".B", ".S", ".M", ".P"] as const;

/** Kraken's own altnames that differ from the common (WebSocket v2) code. */
const COMMON: Record<string, string> = { XBT: "BTC", XDG: "DOGE" };
const KRAKEN: Record<string, string> = { BTC: "XBT", DOGE: "XDG" };

/** One asset code taken apart. */
export interface AssetCode {
  /** The common code without suffix (`BTC`, `DOGE`, `AAPLx`). */
  readonly common: string;
  /** The Earn suffix it carried (`.F`), or "" for a spot balance. */
  readonly suffix: string;
}

/** Splits off an Earn suffix: `XBT.F` -> [`XBT`, `.F`]. */
export function splitSuffix(code: string): [string, string] {
  const dot = code.lastIndexOf(".");
  if (dot > 0) {
    const suffix = code.slice(dot).toUpperCase();
    if ((EARN_SUFFIXES as readonly string[]).includes(suffix)) return [code.slice(0, dot), suffix];
  }
  return [code, ""];
}

/**
 * The common code of an asset that is not in the registry, by Kraken's naming rules: legacy four-letter
 * codes carry an `X` (crypto) or `Z` (fiat) prefix (`XXBT`, `ZEUR`, `XXDG`), and `XBT`/`XDG` are
 * Kraken's names for BTC and DOGE.
 */
export function guessCommon(code: string): string {
  let c = code;
  if (c.length === 4 && (c[0] === "X" || c[0] === "Z") && c === c.toUpperCase()) c = c.slice(1);
  return COMMON[c] ?? c;
}

/** Kraken's altname for a common code (`BTC` -> `XBT`). */
export function krakenAltname(common: string): string {
  return KRAKEN[common] ?? common;
}
