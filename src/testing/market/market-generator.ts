/**
 * A seeded market generator: drives liquidity changes (new, reduced and withdrawn liquidity-provider
 * orders) and trades through the shared exchange, so REST and WebSocket clients see one market.
 * The same seed gives the same sequence of actions; rate and pair count are configurable for load
 * tests, and `step()`/`run(n)` drive it synchronously for fast tests.
 */
import type { SimClock } from "../exchange/clock.js";
import { add, cmp, div, fixed, mul, sub } from "../exchange/decimal.js";
import { type Exchange, LP_ACCOUNT } from "../exchange/exchange.js";
import { seededRandom } from "../exchange/ids.js";
import { remaining } from "../exchange/order-book.js";
import type { SimPair } from "../exchange/pairs.js";
import { ExchangeError } from "../exchange/types.js";

/** Options of {@link MarketGenerator}. */
export interface MarketGeneratorOptions {
  /** PRNG seed (default 1). */
  readonly seed?: number;
  /** Pairs to animate, by any name (default: the first `pairCount` pairs, or all). */
  readonly pairs?: readonly string[];
  /** How many of the exchange's pairs to animate when `pairs` is not given (default all). */
  readonly pairCount?: number;
  /** Actions per second across all pairs when started (default 10). */
  readonly ratePerSecond?: number;
  /** Target number of price levels per side the generator keeps (default 25). */
  readonly levelsPerSide?: number;
  /** Probability that an action is a trade (default 0.15). */
  readonly tradeProbability?: number;
  /** Timer source (default the exchange's clock). */
  readonly clock?: SimClock;
}

/** Drives a seeded random market on the exchange. */
export class MarketGenerator {
  readonly #random: () => number;
  readonly #pairs: SimPair[];
  readonly #clock: SimClock;
  readonly #rate: number;
  readonly #levels: number;
  readonly #tradeP: number;
  #timer: unknown;
  /** Number of actions performed so far. */
  steps = 0;

  constructor(
    private readonly exchange: Exchange,
    options: MarketGeneratorOptions = {},
  ) {
    this.#random = seededRandom((options.seed ?? 1) * 2654435761);
    const all = exchange.registry.pairs;
    this.#pairs = options.pairs
      ? options.pairs.map((n) => exchange.pair(n))
      : all.slice(0, options.pairCount ?? all.length);
    this.#clock = options.clock ?? exchange.clock;
    this.#rate = options.ratePerSecond ?? 10;
    this.#levels = options.levelsPerSide ?? 25;
    this.#tradeP = options.tradeProbability ?? 0.15;
  }

  /** Pairs this generator animates. */
  get pairs(): readonly SimPair[] {
    return this.#pairs;
  }

  /** Performs one random action on one random pair (an action the exchange refuses is skipped). */
  step(): void {
    this.steps++;
    try {
      this.#act();
    } catch (error) {
      if (!(error instanceof ExchangeError)) throw error;
    }
  }

  #act(): void {
    const pair = this.#pairs[Math.floor(this.#random() * this.#pairs.length)];
    if (!pair) return;
    const r = this.#random();
    const book = this.exchange.book(pair.id);
    const side = this.#random() < 0.5 ? "buy" : "sell";
    const levels = book.side(side).length;
    if (r < this.#tradeP && book.best(side === "buy" ? "sell" : "buy")) {
      const best = book.best(side === "buy" ? "sell" : "buy")!;
      const q = remaining(best.orders[0]!);
      // Mostly part of the best order, sometimes more than the whole level (sweeps a level).
      const portion = this.#random() < 0.2 ? "1.5" : fixed(String(0.1 + this.#random() * 0.8), 2);
      const qty = fixed(mul(q, portion), pair.qtyDecimals);
      if (cmp(qty, pair.ordermin) >= 0) this.exchange.marketTrade(pair.id, side, qty);
      return;
    }
    if (r < this.#tradeP + 0.25 && levels > 3) {
      const lp = book
        .side(side)
        .flatMap((l) => l.orders)
        .filter((o) => o.accountId === LP_ACCOUNT);
      const victim = lp[Math.floor(this.#random() * lp.length)];
      if (!victim) return;
      if (this.#random() < 0.5 && this.exchange.status === "online") {
        const half = fixed(mul(remaining(victim), "0.5"), pair.qtyDecimals);
        if (cmp(half, pair.ordermin) >= 0) {
          try {
            this.exchange.amendOrder(LP_ACCOUNT, { orderId: victim.id, qty: add(victim.filled, half) });
            return;
          } catch (error) {
            if (!(error instanceof ExchangeError)) throw error;
          }
        }
      }
      this.exchange.removeLiquidity(victim.id);
      return;
    }
    if (levels < this.#levels * 2)
      this.exchange.addLiquidity(pair.id, side, this.#price(pair, side), this.#qty(pair));
  }

  /** Performs `n` actions synchronously. */
  run(n: number): void {
    for (let i = 0; i < n; i++) this.step();
  }

  /**
   * Starts timer-driven actions at `ratePerSecond`. Timers fire at most every 10 ms and each tick
   * runs the actions due by the clock, so high rates (load tests) are met when the machine keeps
   * up; when it does not, the backlog is dropped rather than starving the sockets.
   */
  start(): void {
    if (this.#timer !== undefined || this.#rate <= 0) return;
    const period = Math.max(10, 1000 / this.#rate);
    const perTick = Math.max(1, Math.ceil((this.#rate * period) / 1000));
    let started = this.#clock.now();
    let base = this.steps;
    const tick = () => {
      let due = Math.floor(((this.#clock.now() - started) * this.#rate) / 1000) - (this.steps - base);
      if (due > perTick * 2) {
        // Behind schedule: do one tick's share and restart the schedule from now.
        due = perTick;
        started = this.#clock.now();
        base = this.steps + due;
      }
      for (let i = 0; i < due; i++) this.step();
      this.#timer = this.#clock.setTimeout(tick, period);
    };
    this.#timer = this.#clock.setTimeout(tick, period);
  }

  /** Stops timer-driven actions. */
  stop(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** A non-crossing price a few steps away from the touch. */
  #price(pair: SimPair, side: "buy" | "sell"): string {
    const book = this.exchange.book(pair.id);
    const bid = book.best("buy")?.price;
    const ask = book.best("sell")?.price;
    const step = mul(
      pair.tickSize,
      String(Math.max(1, Math.round(Number(pair.startPrice) / Number(pair.tickSize) / 20000))),
    );
    const k = String(Math.floor(this.#random() * this.#levels * 1.5));
    if (side === "buy") {
      const top = ask ? sub(ask, step) : (bid ?? pair.startPrice);
      const p = sub(top, mul(step, k));
      return cmp(p, pair.tickSize) > 0 ? fixed(p, pair.priceDecimals) : pair.tickSize;
    }
    const bottom = bid ? add(bid, step) : (ask ?? pair.startPrice);
    return fixed(add(bottom, mul(step, k)), pair.priceDecimals);
  }

  /** A quantity using every decimal of the pair; cheap assets get 15+ significant digits. */
  #qty(pair: SimPair): string {
    const scale = 10 ** Math.min(pair.qtyDecimals, 8);
    const frac = div(String(Math.floor(this.#random() * scale)), String(scale), pair.qtyDecimals);
    if (cmp(pair.startPrice, "0.001") < 0) {
      // 13-digit integer part: with 5 decimals that is 18 significant digits, beyond a double.
      const whole = String(1_000_000_000_000 + Math.floor(this.#random() * 8_999_999_999_999));
      return add(whole, frac);
    }
    const units = 1 + Math.floor(this.#random() * 40);
    return add(mul(pair.ordermin, String(units * 10)), frac);
  }
}
