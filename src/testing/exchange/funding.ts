import type { Account } from "./account.js";
import { add, cmp, sub } from "./decimal.js";
import type { IdGenerator } from "./ids.js";
import type { PairRegistry } from "./pairs.js";
import type { Settlement } from "./settlement.js";
import { ExchangeError, type SimLedgerEntry } from "./types.js";

/** A ledger movement outside trading; a negative amount is a debit. */
export type BalanceAdjustment = Pick<SimLedgerEntry, "type" | "asset" | "amount"> &
  Partial<Pick<SimLedgerEntry, "subtype" | "fee" | "refid">>;

/**
 * Money that moves outside trading: deposits, withdrawals, transfers, Earn allocations. Each is one
 * ledger entry written through the settlement, so it emits the same balance event a fill does.
 */
export class Funding {
  constructor(
    private readonly registry: PairRegistry,
    private readonly ids: IdGenerator,
    private readonly settlement: Settlement,
    private readonly accountOf: (id: string) => Account,
    private readonly now: () => number,
  ) {}

  /** Credits a deposit to an account. */
  deposit(accountId: string, asset: string, amount: string): void {
    const a = this.registry.asset(asset);
    if (!a) throw new ExchangeError("EQuery:Unknown asset");
    this.settlement.ledger(
      this.accountOf(accountId),
      "deposit",
      "",
      this.ids.next("Q"),
      a.id,
      amount,
      "0",
      this.now(),
    );
  }

  /** Writes an adjustment; a debit beyond the available balance throws `EFunding:Insufficient funds`. */
  adjust(accountId: string, entry: BalanceAdjustment): SimLedgerEntry {
    const account = this.accountOf(accountId);
    const asset = this.registry.asset(entry.asset);
    if (!asset) throw new ExchangeError("EQuery:Unknown asset");
    const fee = entry.fee ?? "0";
    const change = sub(entry.amount, fee);
    if (cmp(change, "0") < 0 && cmp(add(account.available(asset.id), change), "0") < 0) {
      throw new ExchangeError("EFunding:Insufficient funds");
    }
    const refid = entry.refid ?? this.ids.next("Q");
    return this.settlement.ledger(
      account,
      entry.type,
      entry.subtype ?? "",
      refid,
      asset.id,
      entry.amount,
      fee,
      this.now(),
    );
  }
}
