import type { Exchange } from "../exchange/exchange.js";
import type { SimApiKeyConfig } from "./keys.js";
import type { Params } from "./params.js";

/** A binary (non-JSON) response body, e.g. RetrieveExport's zip. */
export class BinaryBody {
  constructor(
    readonly contentType: string,
    readonly data: Uint8Array,
  ) {}
}

/** An export report requested with AddExport. */
export interface ExportRecord {
  readonly id: string;
  readonly accountId: string;
  readonly report: "trades" | "ledgers";
  readonly format: "CSV" | "TSV";
  readonly descr: string;
  readonly fields: string;
  readonly createdAt: number;
  readonly starttm: number;
  readonly endtm: number;
  status: "Queued" | "Processing" | "Processed";
}

/** A funding movement (deposit or withdrawal) kept for DepositStatus / WithdrawStatus. */
export interface FundingRecord {
  readonly accountId: string;
  readonly kind: "deposit" | "withdrawal";
  readonly refid: string;
  readonly asset: string;
  readonly method: string;
  readonly amount: string;
  readonly fee: string;
  readonly time: number;
  readonly info: string;
  readonly txid: string;
  readonly key?: string;
  status: "Initial" | "Pending" | "Settled" | "Success" | "Failure";
  statusProp?: string;
}

/** An Earn allocation per account and strategy. */
export interface EarnRecord {
  readonly accountId: string;
  readonly strategyId: string;
  readonly asset: string;
  amount: string;
  readonly createdAt: number;
}

/** State the REST side keeps beyond the exchange: exports, funding history, Earn, API key metadata. */
export class RestState {
  readonly exports = new Map<string, ExportRecord>();
  readonly funding: FundingRecord[] = [];
  readonly earn: EarnRecord[] = [];
  readonly subaccounts = new Map<string, string>();
  /** Spread history per REST pair id: [unix seconds, bid, ask]. */
  readonly spreads = new Map<string, Array<[number, string, string]>>();
  readonly createdAt = Date.now();
  #counter = 0;

  /** A short unique id with a prefix. */
  nextId(prefix: string): string {
    this.#counter += 1;
    return `${prefix}${this.#counter.toString(36).toUpperCase().padStart(4, "0")}`;
  }
}

/** What an operation handler gets. */
export interface HandlerContext {
  readonly exchange: Exchange;
  readonly state: RestState;
  readonly params: Params;
  /** Account of the API key ("" for public calls). */
  readonly accountId: string;
  /** The calling key (private calls). */
  readonly key?: SimApiKeyConfig & { readonly highestNonce: string; readonly lastUsed: number };
  /** Current time, unix ms. */
  readonly now: number;
}

/** An operation handler: returns the `result` (or a {@link BinaryBody}); throws ExchangeError for errors. */
export type Handler = (ctx: HandlerContext) => unknown;
