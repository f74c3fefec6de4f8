/** What a Derivatives operation handler gets, and what it returns. */
import type { Exchange } from "../exchange/exchange.js";
import type { JsonValue } from "./json.js";
import type { SimFuturesKeyConfig } from "./keys.js";
import type { OrderEntry } from "./order-entry.js";
import type { FuturesParams } from "./params.js";
import type { FuturesVenue } from "./venue.js";

/** A handler's inputs. */
export interface FuturesContext {
  readonly venue: FuturesVenue;
  readonly entry: OrderEntry;
  readonly params: FuturesParams;
  /** Path parameters (`{symbol}`, `{tradeable}` ...). */
  readonly path: Readonly<Record<string, string>>;
  /** Account of the calling key ("" for public calls). */
  readonly accountId: string;
  /** The calling key (private calls). */
  readonly key?: SimFuturesKeyConfig;
  /** The request body as received (batch order JSON sits in its `json` field). */
  readonly rawBody: string;
  readonly now: number;
  /** The Spot exchange (withdrawals to the Spot wallet land there). */
  readonly spot: Exchange;
}

/** A non-envelope answer (CSV, or a body without Kraken's success envelope). */
export class RawAnswer {
  constructor(
    readonly body: string,
    readonly contentType = "application/json",
    readonly status = 200,
  ) {}
}

/** A handler: the success fields (wrapped in the envelope), or a {@link RawAnswer}; throws FuturesError. */
export type FuturesHandler = (ctx: FuturesContext) => { readonly [key: string]: JsonValue } | RawAnswer;
