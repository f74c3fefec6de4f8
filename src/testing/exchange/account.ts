import { add, cmp, sub } from "./decimal.js";
import type { OrderType, Side, SimLedgerEntry } from "./types.js";

/** A user's fill as REST TradesHistory reports it. */
export interface AccountTrade {
  readonly txid: string;
  readonly orderId: string;
  /** The counterparty's trade txid (Kraken `postxid`). */
  readonly postxid: string;
  readonly pair: string;
  readonly time: number;
  readonly side: Side;
  readonly orderType: OrderType;
  readonly price: string;
  readonly cost: string;
  readonly fee: string;
  readonly qty: string;
  readonly maker: boolean;
  readonly tradeId: number;
  readonly ledgers: string[];
}

/**
 * One simulated account: balances (total per REST asset id), holds for open orders, its ledger and
 * its fills. Sequence counters number the execution and balance events the account produces.
 */
export class Account {
  readonly balances = new Map<string, string>();
  readonly holds = new Map<string, string>();
  readonly ledger: SimLedgerEntry[] = [];
  readonly trades: AccountTrade[] = [];
  executionSequence = 0;
  balanceSequence = 0;

  constructor(
    readonly id: string,
    initial: Readonly<Record<string, string>> = {},
  ) {
    for (const [asset, amount] of Object.entries(initial)) this.balances.set(asset, amount);
  }

  /** Total balance of an asset ("0" when none). */
  balance(asset: string): string {
    return this.balances.get(asset) ?? "0";
  }

  /** Amount held for open orders. */
  hold(asset: string): string {
    return this.holds.get(asset) ?? "0";
  }

  /** Balance minus holds. */
  available(asset: string): string {
    return sub(this.balance(asset), this.hold(asset));
  }

  /** Adds (or with a negative amount removes) a hold; never below zero. */
  adjustHold(asset: string, amount: string): void {
    const next = add(this.hold(asset), amount);
    this.holds.set(asset, cmp(next, "0") < 0 ? "0" : next);
  }

  /** Changes a balance and returns the new total. */
  credit(asset: string, amount: string): string {
    const next = add(this.balance(asset), amount);
    this.balances.set(asset, next);
    return next;
  }
}
