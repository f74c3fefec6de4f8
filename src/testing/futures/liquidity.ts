/**
 * Seeded resting liquidity of the venue's books: a ladder of market-maker orders on each side of the
 * mark price, topped up after trading and re-centred when a test moves the mark.
 */
import { add, cmp, div, mul, sub, truncate } from "../exchange/decimal.js";
import { seededRandom } from "../exchange/ids.js";
import type { OrderBook } from "../exchange/order-book.js";
import type { FuturesInstrument } from "./instruments.js";

/** Account id of the venue's market maker (its orders are `lp` and never settle). */
export const FUTURES_LP_ACCOUNT = "__futures_lp__";

/** Price levels kept per side. */
export const LADDER_LEVELS = 10;

/** One market-maker quote to place. */
export interface Quote {
  readonly side: "buy" | "sell";
  readonly price: string;
  readonly qty: string;
}

/** Produces the market maker's quotes deterministically from a seed. */
export class LiquidityLadder {
  readonly #random: () => number;

  constructor(seed: number) {
    this.#random = seededRandom(seed ^ 0x11f0);
  }

  /** Rounds a price down to the instrument's tick. */
  static toTick(price: string, tick: string): string {
    return mul(div(price, tick, 0), tick);
  }

  /** Quotes that top a book up to {@link LADDER_LEVELS} levels per side around `mark`. */
  quotes(instrument: FuturesInstrument, book: OrderBook, mark: string): Quote[] {
    const step = mul(instrument.tickSize, "10");
    const out: Quote[] = [];
    for (const side of ["buy", "sell"] as const) {
      const levels = book.side(side);
      let missing = LADDER_LEVELS - levels.length;
      if (missing <= 0) continue;
      const worst = levels[levels.length - 1]?.price;
      const centre = LiquidityLadder.toTick(mark, instrument.tickSize);
      let price =
        worst ?? (side === "buy" ? sub(centre, instrument.tickSize) : add(centre, instrument.tickSize));
      if (worst !== undefined) price = side === "buy" ? sub(worst, step) : add(worst, step);
      while (missing > 0 && cmp(price, "0") > 0) {
        out.push({ side, price, qty: this.#size(instrument) });
        price = side === "buy" ? sub(price, step) : add(price, step);
        missing -= 1;
      }
    }
    return out;
  }

  #size(instrument: FuturesInstrument): string {
    const units = 1 + Math.floor(this.#random() * 200);
    // XBT-sized contracts: 0.01 .. 2 units; smaller coins get proportionally more.
    const scale = cmp(instrument.startPrice, "10000") > 0 ? "0.01" : "0.1";
    return truncate(mul(String(units), scale), instrument.sizeDecimals);
  }
}
