import type { Account } from "./account.js";
import { cmp } from "./decimal.js";
import { LP_ACCOUNT } from "./exchange-options.js";
import type { IdGenerator } from "./ids.js";
import type { MatchingEngine } from "./matching-engine.js";
import type { OrderBook } from "./order-book.js";
import { newOrder } from "./order-records.js";
import { checkOrderShape, checkPairStatus, checkStatusForPlace } from "./order-rules.js";
import type { OrderStore } from "./order-store.js";
import { describeOrder } from "./order-text.js";
import type { SimPair } from "./pairs.js";
import type { RateCharges } from "./rate-charges.js";
import type { Settlement } from "./settlement.js";
import { ExchangeError, type PlaceOrderInput, type SimOrder, type SystemStatus } from "./types.js";

/** An order that passed every check, not yet accepted (nothing has changed yet). */
export interface AdmittedOrder {
  readonly order: SimOrder;
  /** What the order must hold once accepted (undefined for liquidity-provider orders). */
  readonly hold: ReturnType<Settlement["requiredHold"]>;
  readonly descr: string;
}

/**
 * Every check a new order passes before the exchange accepts it, in the order Kraken reports
 * problems: trading status, rate counter and open-order cap, shape, duplicate client id, post-only,
 * funds. Liquidity-provider orders skip the status, rate and funds checks.
 */
export class OrderAdmission {
  constructor(
    private readonly rates: RateCharges,
    private readonly orders: OrderStore,
    private readonly engine: MatchingEngine,
    private readonly settlement: Settlement,
    private readonly ids: IdGenerator,
    private readonly now: () => number,
  ) {}

  /** Checks a placement and builds its order (id "" when validate-only); throws the first problem. */
  admit(
    account: Account,
    pair: SimPair,
    book: OrderBook,
    input: PlaceOrderInput,
    status: SystemStatus,
  ): AdmittedOrder {
    const accountId = account.id;
    const lp = accountId === LP_ACCOUNT;
    if (!lp) checkStatusForPlace(status, input.postOnly === true);
    if (!lp) checkPairStatus(pair, input);
    if (!lp && !input.validate) {
      this.rates.add(
        accountId,
        pair.id,
        () => this.orders.ofAccount(accountId, "open").filter((o) => o.pair === pair.id).length,
      );
    }
    checkOrderShape(pair, input);
    if (
      input.clOrdId !== undefined &&
      this.orders.ofAccount(accountId, "open").some((o) => o.clOrdId === input.clOrdId)
    ) {
      throw new ExchangeError("EOrder:Duplicate order");
    }
    const id = input.validate ? "" : this.ids.next("O");
    const order = newOrder(input, accountId, pair, id, this.now(), lp);
    if (order.postOnly && this.engine.crosses(book, order)) throw new ExchangeError("EOrder:Post only order");
    const hold = lp ? undefined : this.settlement.requiredHold(pair, order, book);
    if (hold && cmp(account.available(hold.asset), hold.amount) < 0)
      throw new ExchangeError("EOrder:Insufficient funds");
    return { order, hold, descr: describeOrder(pair, order) };
  }
}
