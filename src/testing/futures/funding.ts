/**
 * Funding of the perpetuals, driven by the simulator clock: at every interval boundary each
 * perpetual's rate is fixed (its base rate plus the mark's premium over the index, capped), longs pay
 * shorts `size × rate` when it is positive (the reverse when negative) on the flex wallet's USD, and
 * the rate joins the `historical-funding-rates` list.
 */

import type { SimClock } from "../exchange/clock.js";
import { add, cmp, div, isZeroValue, mul, sub, truncate } from "../exchange/decimal.js";
import type { FuturesAccount } from "./account.js";
import type { FuturesInstrument } from "./instruments.js";
import type { UuidGenerator } from "./uuid.js";

/** What the funding clock reads and books through (the venue implements it; declared here to keep imports one way). */
export interface FundingVenue {
  readonly clock: SimClock;
  readonly instruments: ReadonlyMap<string, FuturesInstrument>;
  readonly uuid: UuidGenerator;
  instrument(symbol: string): FuturesInstrument;
  accounts(): FuturesAccount[];
  nextLogId(): number;
  indexPrice(symbol: string): string;
  markPrice(symbol: string): string;
}

/** One fixed funding rate. */
export interface FundingRecord {
  readonly time: number;
  /** Absolute rate: USD per contract per interval. */
  readonly fundingRate: string;
  /** Relative rate: fraction of the index per interval. */
  readonly relativeFundingRate: string;
}

const RATE_DECIMALS = 12;

/** The funding timer and the rate history. */
export class FundingClock {
  readonly history = new Map<string, FundingRecord[]>();
  #timer: unknown;
  #stopped = false;

  constructor(
    private readonly venue: FundingVenue,
    readonly intervalMs: number,
  ) {
    const now = venue.clock.now();
    const boundary = Math.floor(now / intervalMs) * intervalMs;
    // A day of past rates (at the base rate) so the history endpoint has data from the start.
    for (const i of venue.instruments.values()) {
      if (!i.perpetual) continue;
      const list: FundingRecord[] = [];
      for (let k = 24; k >= 1; k--) {
        const relative = i.relativeFundingRate;
        list.push({
          time: boundary - (k - 1) * intervalMs,
          relativeFundingRate: relative,
          fundingRate: this.#absolute(relative, i.startPrice),
        });
      }
      this.history.set(i.symbol, list);
    }
    this.#schedule();
  }

  /** The relative rate the next boundary would fix for a perpetual. */
  predictedRelative(symbol: string): string {
    const i = this.venue.instrument(symbol);
    if (!i.perpetual) return "0";
    const index = this.venue.indexPrice(symbol);
    const premium = div(sub(this.venue.markPrice(symbol), index), index, RATE_DECIMALS);
    let rate = add(i.relativeFundingRate, truncate(div(premium, "24", RATE_DECIMALS), RATE_DECIMALS));
    const cap = i.maxRelativeFundingRate;
    if (cmp(rate, cap) > 0) rate = cap;
    if (cmp(rate, `-${cap}`) < 0) rate = `-${cap}`;
    return rate;
  }

  /** The current (last fixed) funding rates of a perpetual. */
  current(symbol: string): FundingRecord | undefined {
    const list = this.history.get(symbol);
    return list?.[list.length - 1];
  }

  /** Fixes the rates and pays funding now (the timer calls this at each boundary). */
  settle(): void {
    const now = this.venue.clock.now();
    for (const i of this.venue.instruments.values()) {
      if (!i.perpetual) continue;
      const relative = this.predictedRelative(i.symbol);
      const absolute = this.#absolute(relative, this.venue.indexPrice(i.symbol));
      const record: FundingRecord = { time: now, fundingRate: absolute, relativeFundingRate: relative };
      const list = this.history.get(i.symbol) ?? [];
      list.push(record);
      if (list.length > 2000) list.splice(0, list.length - 2000);
      this.history.set(i.symbol, list);
      this.#pay(i.symbol, absolute, now);
    }
  }

  #pay(symbol: string, absolute: string, now: number): void {
    for (const account of this.venue.accounts()) {
      const position = account.positions.get(symbol);
      if (!position || isZeroValue(absolute)) continue;
      const amount = mul(position.size, absolute);
      const credit = amount.startsWith("-") ? amount.slice(1) : `-${amount}`;
      const [oldBalance, newBalance] = account.credit("flex", "USD", credit);
      account.log.push({
        id: this.venue.nextLogId(),
        accountId: account.id,
        bookingUid: this.venue.uuid.next(),
        time: now,
        info: "funding rate change",
        asset: "USD",
        contract: symbol,
        oldBalance,
        newBalance,
        fee: null,
        realizedPnl: null,
        realizedFunding: credit,
        fundingRate: absolute,
        tradePrice: null,
        markPrice: this.venue.markPrice(symbol),
        execution: null,
        oldAverage: position.price,
        newAverage: position.price,
      });
    }
  }

  #absolute(relative: string, index: string): string {
    return truncate(mul(relative, index), RATE_DECIMALS);
  }

  #schedule(): void {
    if (this.#stopped) return;
    const now = this.venue.clock.now();
    const next = (Math.floor(now / this.intervalMs) + 1) * this.intervalMs;
    this.#timer = this.venue.clock.setTimeout(() => {
      this.settle();
      this.#schedule();
    }, next - now);
  }

  /** Stops the timer. */
  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) this.venue.clock.clearTimeout(this.#timer);
  }
}
