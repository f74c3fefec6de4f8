/**
 * `KrakenUnifiedWs`: KrakenWs on Kraken's Unified WebSocket (`wss://uws.kraken.com/v2/public` and
 * `/v2/private`), derivatives today. Same machinery (acks, resubscribe after reconnect, sequence gaps,
 * single-flight tokens, `for await` and events, order safety); adds the Unified checks, the
 * derivatives-only `positions` and `margin` channels with exact numbers, and derivatives books.
 * A separate class so that none of it reaches the bundle of an app that only uses Spot.
 */
import { KrakenValidationError } from "../../errors/base.js";
import { defaultWebSocket } from "../../runtime/websocket.js";
import type {
  LiveBookOptions,
  LiveLevel3Book,
  LiveLevel3Options,
  LiveOrderBook,
} from "../books/book-sync.js";
import { KrakenWs } from "../client.js";
import type { SubscribeOptions } from "../core.js";
import type { KrakenWsOptions, WsReconciler } from "../protocol/options.js";
import type { Subscription } from "../subscriptions/subscription.js";
import type { MessageOf, SubscribeParams } from "../types/channels.js";
import type {
  AddOrderParams,
  AddOrderResult,
  AmendOrderParams,
  AmendOrderResult,
  BatchAddParams,
  BatchCancelParams,
  CancelOrderParams,
  CancelOrderResult,
  CountResult,
  EditOrderParams,
  EditOrderResult,
  RequestOptions,
} from "../types/trading.js";
import type { AssetClass } from "../types/unified.js";
import { exactUnifiedFrames } from "./exact-frames.js";
import { checkAssetClass, checkDerivativesOrder, checkUnifiedSubscribe } from "./validate.js";

/**
 * Kraken's Unified WebSocket endpoints (the defaults of `url` and `authUrl`).
 * @example
 * UNIFIED_WS_URLS.public; // "wss://uws.kraken.com/v2/public"
 * new KrakenUnifiedWs({ url: UNIFIED_WS_URLS.public, authUrl: UNIFIED_WS_URLS.private, getToken });
 */
export const UNIFIED_WS_URLS = {
  public: "wss://uws.kraken.com/v2/public",
  private: "wss://uws.kraken.com/v2/private",
} as const;

/**
 * Options of {@link KrakenUnifiedWs}: those of `KrakenWs`, with `url` and `authUrl` defaulting to
 * the Unified endpoints. `getToken` is the Spot WebSocket token provider (a Spot API key with the
 * WebSocket permission): Derivatives keys and the Derivatives WebSocket challenge are not used.
 * @example
 * const uws = new KrakenUnifiedWs({ unified: true, getToken: () => rest.webSocketToken() });
 */
export interface KrakenUnifiedWsOptions extends KrakenWsOptions {
  /** Always the Unified WebSocket (the flag only documents the intent). */
  unified?: true;
}

/**
 * What {@link futuresReconciler} needs of a `KrakenFutures` client (any object with these methods).
 * @example
 * const source: FuturesReconcileSource = new KrakenFutures({ apiKey, apiSecret });
 * const reconcile = futuresReconciler(source);
 */
export interface FuturesReconcileSource {
  getOpenOrders(): Promise<unknown>;
  getFills(): Promise<unknown>;
  getAccounts(): Promise<unknown>;
}

/**
 * The REST reconciliation after a Unified sequence gap or reconnect, through Derivatives REST:
 * open orders and fills after an `executions` gap, accounts after a `balances` gap.
 * @example
 * const futures = new KrakenFutures({ apiKey, apiSecret });
 * const uws = new KrakenUnifiedWs({ getToken, reconcile: futuresReconciler(futures) });
 * uws.on("resynced", (r) => console.log(r.channel, r.openOrders ?? r.balances));
 */
export function futuresReconciler(futures: FuturesReconcileSource): WsReconciler {
  return {
    openOrders: () => futures.getOpenOrders(),
    tradesHistory: () => futures.getFills(),
    balance: () => futures.getAccounts(),
  };
}

/**
 * Kraken Unified WebSocket client (derivatives market data, account streams and order entry; Spot
 * when Kraken enables it). Every market subscription and trading call carries `asset_class`.
 * @see https://docs.kraken.com/exchange/api-reference/unified-websocket
 * @example
 * const uws = new KrakenUnifiedWs({ unified: true, getToken: () => rest.webSocketToken() });
 * const ticker = await uws.subscribe({ channel: "ticker", asset_class: "derivatives", symbol: ["PF_XBTUSD"] });
 * for await (const msg of ticker) console.log(msg.data[0]?.last);
 * await uws.addOrder({ asset_class: "derivatives", order_type: "limit", side: "buy", symbol: "PF_XBTUSD",
 *   limit_price: "60000", order_qty: "0.01" });
 */
export class KrakenUnifiedWs extends KrakenWs {
  /** Book symbols opened through {@link KrakenUnifiedWs.book} and their asset class. */
  readonly #bookAssets = new Map<string, AssetClass>();

  constructor(options: KrakenUnifiedWsOptions = {}) {
    const url = options.url ?? UNIFIED_WS_URLS.public;
    super({
      ...options,
      url,
      authUrl: options.authUrl ?? UNIFIED_WS_URLS.private,
      l3Url: options.l3Url ?? url,
      WebSocket: exactUnifiedFrames(options.WebSocket ?? defaultWebSocket()),
    });
  }

  /**
   * Subscribes like `KrakenWs.subscribe`; `asset_class` is required (`positions` and `margin`:
   * `"derivatives"`), `ohlc`, `instrument` and `level3` are not offered.
   * @example
   * const positions = await uws.subscribe({ channel: "positions", asset_class: "derivatives" });
   */
  override async subscribe<P extends SubscribeParams>(
    params: P,
    options: SubscribeOptions = {},
  ): Promise<Subscription<MessageOf<P["channel"]>>> {
    let p: SubscribeParams = params;
    // a live book (book-sync) subscribes without asset_class: it is the one given to book()
    if (p.channel === "book" && p.asset_class === undefined) {
      const assetClass = this.#bookAssets.get(p.symbol[0] ?? "");
      if (assetClass) p = { ...p, asset_class: assetClass };
    }
    checkUnifiedSubscribe(p);
    return super.subscribe(p as P, options);
  }

  /**
   * A live L2 book over the Unified WebSocket: CRC32-checked like Spot books (Kraken's Unified book
   * page links the v2 checksum guide), exact decimal strings, resynced per symbol. Derivatives books
   * need `pricePrecision` and `qtyPrecision` (decimals of the instrument's tick size and contract size,
   * e.g. from `KrakenFutures` instruments).
   * @example
   * const book = await uws.book({ asset_class: "derivatives", symbol: "PF_XBTUSD", depth: 10,
   *   pricePrecision: 1, qtyPrecision: 4 });
   */
  override async book(options: LiveBookOptions & { asset_class?: AssetClass }): Promise<LiveOrderBook> {
    checkAssetClass("book", options.asset_class);
    if (options.pricePrecision === undefined || options.qtyPrecision === undefined)
      throw new KrakenValidationError(
        "book: pricePrecision and qtyPrecision are required on the Unified WebSocket",
        "pricePrecision",
      );
    this.#bookAssets.set(options.symbol, options.asset_class as AssetClass);
    return super.book(options);
  }

  /** Not offered: the Unified WebSocket documents no derivatives level3. */
  override async level3(_options: LiveLevel3Options): Promise<LiveLevel3Book> {
    throw new KrakenValidationError("level3 is not documented on the Unified WebSocket", "channel");
  }

  /** `add_order` with `asset_class`; derivatives orders are checked against the Unified rules first. */
  override async addOrder(params: AddOrderParams, options?: RequestOptions): Promise<AddOrderResult> {
    checkAssetClass("add_order", params.asset_class);
    if (params.asset_class === "derivatives") checkDerivativesOrder(params, "add_order");
    return super.addOrder(params, options);
  }

  /** `amend_order` with `asset_class`. */
  override async amendOrder(params: AmendOrderParams, options?: RequestOptions): Promise<AmendOrderResult> {
    checkAssetClass("amend_order", params.asset_class);
    return super.amendOrder(params, options);
  }

  /** Not offered on the Unified WebSocket: use {@link KrakenUnifiedWs.amendOrder}. */
  override async editOrder(_params: EditOrderParams, _options?: RequestOptions): Promise<EditOrderResult> {
    throw new KrakenValidationError("edit_order is not on the Unified WebSocket: use amendOrder", "method");
  }

  /** `cancel_order` with `asset_class`. */
  override async cancelOrder(
    params: CancelOrderParams,
    options?: RequestOptions,
  ): Promise<CancelOrderResult[]> {
    checkAssetClass("cancel_order", params.asset_class);
    return super.cancelOrder(params, options);
  }

  /** `batch_add` with `asset_class`; derivatives orders are checked against the Unified rules first. */
  override async batchAdd(params: BatchAddParams, options?: RequestOptions): Promise<AddOrderResult[]> {
    checkAssetClass("batch_add", params.asset_class);
    if (params.asset_class === "derivatives")
      for (const [i, o] of params.orders.entries()) checkDerivativesOrder(o, `batch_add orders[${i}]`);
    return super.batchAdd(params, options);
  }

  /** `batch_cancel` with `asset_class`. */
  override async batchCancel(params: BatchCancelParams, options?: RequestOptions): Promise<CountResult> {
    checkAssetClass("batch_cancel", params.asset_class);
    return super.batchCancel(params, options);
  }
}
