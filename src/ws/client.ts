// KrakenWs: the core plus trading, live books and the managed dead man's switch.
import { KrakenAmbiguousOrderError, KrakenWsRequestError } from "../errors/ws.js";
import type { LiveBookOptions, LiveLevel3Book, LiveLevel3Options, LiveOrderBook } from "./books/book-sync.js";
import type { ConnectionName } from "./connection/connection.js";
import { KrakenWsCore } from "./core.js";
import { bookCode, tradingCode } from "./lazy-chunk.js";
import { newClOrdId } from "./protocol/ids.js";
import type { Link } from "./protocol/link.js";
import type { KrakenWsOptions } from "./protocol/options.js";
import type { WsResponse } from "./protocol/requests.js";
import type {
  DeadMansSwitch,
  DeadMansSwitchOptions,
  ManagedDeadMansSwitch,
} from "./trading/dead-mans-switch.js";

export type { DeadMansSwitch, DeadMansSwitchOptions } from "./trading/dead-mans-switch.js";

import { asKrakenError } from "./subscriptions/router.js";
import type {
  AddOrderParams,
  AddOrderResult,
  AmendOrderParams,
  AmendOrderResult,
  BatchAddParams,
  BatchCancelParams,
  CancelAllOrdersAfterResult,
  CancelOrderParams,
  CancelOrderResult,
  CountResult,
  EditOrderParams,
  EditOrderResult,
  RequestOptions,
} from "./types/trading.js";

/**
 * Kraken Spot WebSocket v2 client: lazily opened public, auth and level3 connections with
 * watchdogs and automatic reconnect (subscriptions restored, fresh token), typed subscriptions for
 * every channel, and every trading method with client-side validation.
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-intro
 * @example
 * const ws = new KrakenWs({ getToken: () => rest.webSocketToken() });
 * const ticker = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
 * for await (const msg of ticker) console.log(msg.data[0]?.last);
 * const { order_id } = await ws.addOrder({ order_type: "limit", side: "buy", symbol: "BTC/USD",
 *   limit_price: "37500", order_qty: "0.01" });
 */
export class KrakenWs extends KrakenWsCore {
  #dms: ManagedDeadMansSwitch | undefined;
  /**
   * Runs before every trading request with its method and wire params; throwing stops it before
   * anything is sent. `marketsFromWs(ws)` sets it to check orders against Kraken's rules.
   */
  preSend:
    | ((method: string, params: Record<string, unknown> | undefined, options: RequestOptions) => void)
    | undefined;

  constructor(options: KrakenWsOptions = {}) {
    super(options);
  }

  /**
   * A live L2 order book: resolves when the first snapshot is applied; checksum-verified, exact
   * decimal strings, resynced per symbol on mismatch and rebuilt after a reconnect. The first call
   * loads the book code (in a browser build, a separate chunk); if that fails it rejects with a
   * retryable KrakenError, code `chunk_load_failed`.
   * @example
   * const book = await ws.book({ symbol: "BTC/USD", depth: 10 });
   * console.log(book.bestBid(), book.bestAsk());
   */
  async book(options: LiveBookOptions): Promise<LiveOrderBook> {
    return (await bookCode.load()).openBook(this, options);
  }

  /** A live level 3 (order-by-order) book on the level3 connection; see {@link KrakenWs.book}. */
  async level3(options: LiveLevel3Options): Promise<LiveLevel3Book> {
    return (await bookCode.load()).openLevel3(this, options);
  }

  /**
   * Places an order (`add_order`). A `cl_ord_id` is generated when neither it nor `order_userref` is
   * given, so an ambiguous outcome can always be reconciled.
   * @throws KrakenValidationError before sending; KrakenWsRequestError when Kraken rejects;
   *   KrakenAmbiguousOrderError when the socket dropped or timed out after sending (never resent).
   * @example
   * await ws.addOrder({ order_type: "limit", side: "buy", symbol: "BTC/USD", limit_price: "37500", order_qty: "1.25" });
   */
  async addOrder(params: AddOrderParams, options: RequestOptions = {}): Promise<AddOrderResult> {
    const p = (await tradingCode.load()).addOrderParams(params, newClOrdId);
    return one<AddOrderResult>(await this.#trade("add_order", p, ids(p.cl_ord_id), 1, options));
  }

  /** Amends an order in place (`amend_order`; keeps its ids and, where possible, queue priority). */
  async amendOrder(params: AmendOrderParams, options: RequestOptions = {}): Promise<AmendOrderResult> {
    const p = (await tradingCode.load()).amendOrderParams(params);
    return one<AmendOrderResult>(await this.#trade("amend_order", p, ids(p.cl_ord_id), 1, options));
  }

  /** Cancel-and-replace (`edit_order`, legacy; prefer {@link KrakenWs.amendOrder}). */
  async editOrder(params: EditOrderParams, options: RequestOptions = {}): Promise<EditOrderResult> {
    const p = (await tradingCode.load()).editOrderParams(params);
    return one<EditOrderResult>(await this.#trade("edit_order", p, [], 1, options));
  }

  /**
   * Cancels orders by one identifier list (`cancel_order`). Kraken answers once per order; all answers
   * are collected. A partial failure throws KrakenWsRequestError with the successes in `succeeded`.
   */
  async cancelOrder(params: CancelOrderParams, options: RequestOptions = {}): Promise<CancelOrderResult[]> {
    const { params: p, count } = (await tradingCode.load()).cancelOrderParams(params);
    const expected = params.order_userref ? 1 : count; // a userref may cancel any number of orders
    const responses = await this.#trade("cancel_order", p, [...(params.cl_ord_id ?? [])], expected, options);
    const ok = responses.filter((r) => r.success === true).map((r) => r.result as CancelOrderResult);
    const bad = responses.find((r) => r.success !== true);
    if (bad)
      throw new KrakenWsRequestError(
        String(bad.error ?? "unknown error"),
        "cancel_order",
        bad.req_id ?? -1,
        ok,
      );
    return ok;
  }

  /** Cancels every open order (`cancel_all`). */
  async cancelAll(options: RequestOptions = {}): Promise<CountResult> {
    return one<CountResult>(await this.#trade("cancel_all", {}, [], 1, options));
  }

  /** Sets Kraken's dead man's switch once (`cancel_all_orders_after`; 0 disarms). See {@link KrakenWs.deadMansSwitch}. */
  async cancelAllOrdersAfter(
    timeoutSec: number,
    options: RequestOptions = {},
  ): Promise<CancelAllOrdersAfterResult> {
    return one<CancelAllOrdersAfterResult>(
      await this.#trade(
        "cancel_all_orders_after",
        (await tradingCode.load()).deadMansParams(timeoutSec),
        [],
        1,
        options,
      ),
    );
  }

  /** Places 2–15 orders on one symbol (`batch_add`); results in request order. */
  async batchAdd(params: BatchAddParams, options: RequestOptions = {}): Promise<AddOrderResult[]> {
    const p = (await tradingCode.load()).batchAddParams(params, newClOrdId);
    const clOrdIds = (p.orders as Array<{ cl_ord_id?: string }>).flatMap((o) => ids(o.cl_ord_id));
    return one<AddOrderResult[]>(await this.#trade("batch_add", p, clOrdIds, 1, options));
  }

  /** Cancels 2–50 orders (`batch_cancel`). */
  async batchCancel(params: BatchCancelParams, options: RequestOptions = {}): Promise<CountResult> {
    const p = (await tradingCode.load()).batchCancelParams(params);
    return one<CountResult>(await this.#trade("batch_cancel", p, [...(params.cl_ord_id ?? [])], 1, options));
  }

  /**
   * Arms a managed dead man's switch: `cancel_all_orders_after(timeoutSec)` now and every
   * `refreshEveryMs`, re-armed right after a reconnect, disarmed (timeout 0) by `disarm()` and by a
   * clean `close()`. If the app or its network dies, Kraken cancels all orders after `timeoutSec`.
   * @example
   * const dms = await ws.deadMansSwitch({ timeoutSec: 60 });
   * // … trading …
   * await dms.disarm();
   */
  async deadMansSwitch(options: DeadMansSwitchOptions = {}): Promise<DeadMansSwitch> {
    const trading = await tradingCode.load();
    const timeoutSec = options.timeoutSec ?? 60;
    const refreshEveryMs = trading.deadMansSwitchRefreshMs(timeoutSec, options.refreshEveryMs);
    const dms = new trading.ManagedDeadMansSwitch(
      {
        cancelAllOrdersAfter: (t, o) => this.cancelAllOrdersAfter(t, o),
        timers: this.timers,
        isClosed: () => this.closed,
        reportError: (e) => this.events.emit("error", asKrakenError(e)),
        requestTimeoutMs: this.o.requestTimeoutMs,
      },
      timeoutSec,
      refreshEveryMs,
    );
    this.#dms?.retire();
    this.#dms = dms;
    try {
      await dms.arm();
    } catch (e) {
      // the caller gets the error and no handle: a reconnect must not re-arm a switch nobody holds
      dms.retire();
      throw e;
    }
    return dms;
  }

  /** Closes everything: disarms the dead man's switch first, then closes every socket. */
  override async close(): Promise<void> {
    if (this.closed) return;
    const dms = this.#dms;
    if (dms?.active && this.connectionState("auth") === "open") await dms.disarm().catch(() => undefined);
    await super.close();
  }

  /**
   * Starts loading the trading code when the auth connection is first used (a private subscription
   * usually comes before the first order), so that order does not wait for it.
   * @internal
   */
  protected override link(name: ConnectionName): Link {
    if (name === "auth" && tradingCode.value === undefined) tradingCode.load().catch(() => undefined);
    return super.link(name);
  }

  /**
   * Re-arms the dead man's switch after the auth connection comes back.
   * @internal
   */
  protected override onReconnected(connection: ConnectionName): void {
    if (connection === "auth") this.#dms?.refresh();
  }

  #trade(
    method: string,
    params: Record<string, unknown>,
    clOrdIds: string[],
    expected: number,
    options: RequestOptions,
  ): Promise<WsResponse[]> {
    this.preSend?.(method, params, options);
    // a closed client rejects in request() before anything is sent
    return this.request("auth", method, params, {
      expected,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      unanswered: (reason, cause) => new KrakenAmbiguousOrderError(method, clOrdIds, reason, cause),
    });
  }
}

function ids(id: unknown): string[] {
  return typeof id === "string" ? [id] : [];
}

function one<R>(responses: WsResponse[]): R {
  const r = responses[0] as WsResponse;
  if (r.success !== true)
    throw new KrakenWsRequestError(String(r.error ?? "unknown error"), r.method, r.req_id ?? -1);
  return r.result as R;
}
