/**
 * The slice of the simulator's exchange the WebSocket front end uses, and its adapter over the
 * shared {@link Exchange}. Keeping the slice narrow documents exactly what WS depends on.
 */
import type { AccountTrade } from "../exchange/account.js";
import type { SimClock } from "../exchange/clock.js";
import type { AmendInput, EditInput, Exchange, OrderRef, PlaceResult } from "../exchange/exchange.js";
import type { OrderBook } from "../exchange/order-book.js";
import type { PairRegistry } from "../exchange/pairs.js";
import type { ExchangeEvents, PlaceOrderInput, SimOrder, SystemStatus } from "../exchange/types.js";

export type { AmendInput, EditInput, OrderRef };

/** What the WebSocket servers need from the exchange. */
export interface WsExchangePort {
  readonly registry: PairRegistry;
  readonly clock: SimClock;
  /** L3 book of a pair (any name). */
  book(pair: string): OrderBook;
  /** Current trading mode. */
  status(): SystemStatus;
  /** Switches the trading mode (fault injection); the exchange emits `status`. */
  setStatus(status: SystemStatus): void;
  /** Subscribes to exchange events; returns the unsubscribe function. */
  on<K extends keyof ExchangeEvents>(event: K, fn: (e: ExchangeEvents[K]) => void): () => void;
  /** Account id of a valid WebSocket token. */
  verifyToken(token: string): string | undefined;
  /** Open orders of an account (oldest first). */
  openOrders(accountId: string): readonly SimOrder[];
  /** The account's fills, oldest first. */
  accountTrades(accountId: string): readonly AccountTrade[];
  /** Total balances by REST asset id. */
  balances(accountId: string): ReadonlyMap<string, string>;
  placeOrder(accountId: string, input: PlaceOrderInput): SimOrder;
  placeBatch(
    accountId: string,
    inputs: readonly PlaceOrderInput[],
    validate: boolean,
  ): Array<PlaceResult | { error: string }>;
  amendOrder(accountId: string, input: AmendInput): { amendId: string; order: SimOrder };
  editOrder(accountId: string, input: EditInput): { order: SimOrder; original: SimOrder };
  cancelOrder(accountId: string, ref: OrderRef): readonly SimOrder[];
  cancelAll(accountId: string): number;
  cancelAllAfter(accountId: string, timeoutSeconds: number): { currentTime: string; triggerTime: string };
}

/** Adapts the shared exchange to {@link WsExchangePort}. */
export function adaptExchange(ex: Exchange): WsExchangePort {
  return {
    registry: ex.registry,
    clock: ex.clock,
    book: (pair) => ex.book(pair),
    status: () => ex.status,
    setStatus: (s) => ex.setStatus(s),
    on: (event, fn) => ex.on(event, fn),
    verifyToken: (token) => ex.tokens.verify(token)?.accountId,
    openOrders: (accountId) => ex.orders(accountId, "open").sort((a, b) => a.openedAt - b.openedAt),
    accountTrades: (accountId) => ex.account(accountId).trades,
    balances: (accountId) => ex.account(accountId).balances,
    placeOrder: (accountId, input) => ex.placeOrder(accountId, input).order,
    placeBatch: (accountId, inputs, validate) => ex.placeBatch(accountId, inputs, validate),
    amendOrder: (accountId, input) => ex.amendOrder(accountId, input),
    editOrder: (accountId, input) => ex.editOrder(accountId, input),
    cancelOrder: (accountId, ref) => ex.cancelOrder(accountId, ref),
    cancelAll: (accountId) => ex.cancelAll(accountId),
    cancelAllAfter: (accountId, timeout) => ex.cancelAllOrdersAfter(accountId, timeout),
  };
}
