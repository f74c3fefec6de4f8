import { add, cmp, div, fixed, mul, sub, truncate } from "./decimal.js";
import { seededRandom } from "./ids.js";
import type { SimPair } from "./pairs.js";

/** What seeding needs of the exchange (declared here so the exchange can call this without a circle). */
export interface LiquidityTarget {
  pair(name: string): SimPair;
  addLiquidity(pair: string, side: "buy" | "sell", price: string, qty: string): unknown;
}

/**
 * Places `levels` liquidity-provider orders per side around a pair's start price, with seeded sizes,
 * so a fresh exchange has books to trade against.
 */
export function seedLiquidity(ex: LiquidityTarget, pair: string, levels: number, seed = 1): void {
  const p = ex.pair(pair);
  const random = seededRandom(seed * 7919 + p.id.length * 31 + p.id.charCodeAt(0));
  const mid = p.startPrice;
  const step = mul(p.tickSize, String(Math.max(1, Math.round(Number(mid) / Number(p.tickSize) / 20000))));
  const minQty = Number(p.ordermin);
  for (let i = 1; i <= levels; i++) {
    for (const side of ["buy", "sell"] as const) {
      const offset = mul(step, String(i));
      const price = side === "buy" ? sub(mid, offset) : add(mid, offset);
      const units = 1 + Math.floor(random() * 400);
      const frac = Math.floor(random() * 10 ** Math.min(p.qtyDecimals, 8));
      // Tiny-priced tokens trade in huge sizes: 15+ significant digits, beyond a double's exact range.
      const scale = cmp(mid, "0.01") < 0 ? 10_000 : 10;
      const whole = mul(String(units), String(minQty * scale));
      const qty = truncate(
        add(whole, div(String(frac), String(10 ** Math.min(p.qtyDecimals, 8)), p.qtyDecimals)),
        p.qtyDecimals,
      );
      ex.addLiquidity(p.id, side, fixed(price, p.priceDecimals), qty);
    }
  }
}
