/**
 * One Derivatives account: the multi-collateral (flex) wallet's currency quantities, the cash
 * wallet, netted positions, preferences, and its fills and account log.
 */
import { add } from "../exchange/decimal.js";
import type { AccountLogEntry, FuturesFill, FuturesPosition } from "./types.js";

/** Kraken's self-trade strategies (`/self-trade-strategy`). */
export type SelfTradeStrategy =
  | "REJECT_TAKER"
  | "CANCEL_MAKER_SELF"
  | "CANCEL_MAKER_CHILD"
  | "CANCEL_MAKER_ANY";

/** Starting wallets of an account: flex collateral and cash balances by currency (`USD`, `XBT`). */
export interface FuturesAccountSetup {
  readonly flex?: Readonly<Record<string, string>>;
  readonly cash?: Readonly<Record<string, string>>;
}

/** The demo account's wallets: 100 000 USD and 1 XBT of flex collateral, 0.5 XBT in cash. */
export const DEMO_FUTURES_WALLETS: FuturesAccountSetup = {
  flex: { USD: "100000", XBT: "1" },
  cash: { XBT: "0.5" },
};

/** A Derivatives account. */
export class FuturesAccount {
  /** Flex wallet: currency (upper case) → quantity. */
  readonly flex = new Map<string, string>();
  /** Cash wallet: currency (upper case) → quantity. */
  readonly cash = new Map<string, string>();
  readonly positions = new Map<string, FuturesPosition>();
  /** Isolated-margin max leverage per symbol (absent: cross margin). */
  readonly leverage = new Map<string, string>();
  /** PnL currency per symbol (absent: USD). */
  readonly pnlCurrency = new Map<string, string>();
  readonly fills: FuturesFill[] = [];
  readonly log: AccountLogEntry[] = [];
  selfTradeStrategy: SelfTradeStrategy = "REJECT_TAKER";

  constructor(
    readonly id: string,
    /** The account's UUID (`masterAccountUid`, history `accountUid`). */
    readonly uid: string,
    setup: FuturesAccountSetup = {},
  ) {
    for (const [c, q] of Object.entries(setup.flex ?? {})) this.flex.set(c.toUpperCase(), q);
    for (const [c, q] of Object.entries(setup.cash ?? {})) this.cash.set(c.toUpperCase(), q);
  }

  /** Adds `amount` (may be negative) to a wallet's currency; returns [old, new]. */
  credit(wallet: "flex" | "cash", currency: string, amount: string): [string, string] {
    const map = wallet === "flex" ? this.flex : this.cash;
    const key = currency.toUpperCase();
    const old = map.get(key) ?? "0";
    const next = add(old, amount);
    map.set(key, next);
    return [old, next];
  }

  /** A position's signed size ("0" when flat). */
  positionSize(symbol: string): string {
    return this.positions.get(symbol)?.size ?? "0";
  }
}
