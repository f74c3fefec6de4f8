// Shared helpers for the openapi.json tests: loading, walking operations, and an Ajv set up for our schemas.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import $RefParser from "@apidevtools/json-schema-ref-parser";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SPEC_FILE = path.join(ROOT, "openapi.json");
export const REFERENCE_DIR = path.resolve(ROOT, "../shared/reference/kraken-spot-rest-openapi");

/** A JSON value read from a spec (loosely typed on purpose: the tests check its shape). */
// biome-ignore lint/suspicious/noExplicitAny: spec documents are arbitrary JSON walked by the tests
export type Json = any;

export interface SpecOperation {
  readonly path: string;
  readonly method: string;
  readonly op: Json;
}

/** The 54 operations of Kraken's official spec: [operationId, method, path]. */
export const OFFICIAL_OPERATIONS: ReadonlyArray<readonly [string, string, string]> = [
  ["getServerTime", "get", "/public/Time"],
  ["getSystemStatus", "get", "/public/SystemStatus"],
  ["getAssetInfo", "get", "/public/Assets"],
  ["getTradableAssetPairs", "get", "/public/AssetPairs"],
  ["getTickerInformation", "get", "/public/Ticker"],
  ["getOHLCData", "get", "/public/OHLC"],
  ["getOrderBook", "get", "/public/Depth"],
  ["getRecentTrades", "get", "/public/Trades"],
  ["getRecentSpreads", "get", "/public/Spread"],
  ["getAccountBalance", "post", "/private/Balance"],
  ["getExtendedBalance", "post", "/private/BalanceEx"],
  ["getCreditLines", "post", "/private/CreditLines"],
  ["getTradeBalance", "post", "/private/TradeBalance"],
  ["getOpenOrders", "post", "/private/OpenOrders"],
  ["getClosedOrders", "post", "/private/ClosedOrders"],
  ["getOrdersInfo", "post", "/private/QueryOrders"],
  ["getOrderAmends", "post", "/private/OrderAmends"],
  ["getTradeHistory", "post", "/private/TradesHistory"],
  ["getTradesInfo", "post", "/private/QueryTrades"],
  ["getOpenPositions", "post", "/private/OpenPositions"],
  ["getLedgers", "post", "/private/Ledgers"],
  ["getLedgersInfo", "post", "/private/QueryLedgers"],
  ["getTradeVolume", "post", "/private/TradeVolume"],
  ["addExport", "post", "/private/AddExport"],
  ["exportStatus", "post", "/private/ExportStatus"],
  ["retrieveExport", "post", "/private/RetrieveExport"],
  ["removeExport", "post", "/private/RemoveExport"],
  ["addOrder", "post", "/private/AddOrder"],
  ["amendOrder", "post", "/private/AmendOrder"],
  ["cancelOrder", "post", "/private/CancelOrder"],
  ["cancelAllOrders", "post", "/private/CancelAll"],
  ["cancelAllOrdersAfter", "post", "/private/CancelAllOrdersAfter"],
  ["getWebsocketsToken", "post", "/private/GetWebSocketsToken"],
  ["addOrderBatch", "post", "/private/AddOrderBatch"],
  ["cancelOrderBatch", "post", "/private/CancelOrderBatch"],
  ["editOrder", "post", "/private/EditOrder"],
  ["getDepositMethods", "post", "/private/DepositMethods"],
  ["getDepositAddresses", "post", "/private/DepositAddresses"],
  ["getStatusRecentDeposits", "post", "/private/DepositStatus"],
  ["getWithdrawalMethods", "post", "/private/WithdrawMethods"],
  ["getWithdrawalAddresses", "post", "/private/WithdrawAddresses"],
  ["getWithdrawalInformation", "post", "/private/WithdrawInfo"],
  ["withdrawFunds", "post", "/private/Withdraw"],
  ["getStatusRecentWithdrawals", "post", "/private/WithdrawStatus"],
  ["cancelWithdrawal", "post", "/private/WithdrawCancel"],
  ["walletTransfer", "post", "/private/WalletTransfer"],
  ["createSubaccount", "post", "/private/CreateSubaccount"],
  ["accountTransfer", "post", "/private/AccountTransfer"],
  ["allocateStrategy", "post", "/private/Earn/Allocate"],
  ["deallocateStrategy", "post", "/private/Earn/Deallocate"],
  ["getAllocateStrategyStatus", "post", "/private/Earn/AllocateStatus"],
  ["getDeallocateStrategyStatus", "post", "/private/Earn/DeallocateStatus"],
  ["listStrategies", "post", "/private/Earn/Strategies"],
  ["listAllocations", "post", "/private/Earn/Allocations"],
];

/** The six newer endpoints from Kraken's docs (rest.md section 6, marked D/D*), by method and path. */
export const NEWER_OPERATIONS: ReadonlyArray<readonly [string, string]> = [
  ["get", "/public/GroupedBook"],
  ["get", "/public/PreTrade"],
  ["get", "/public/PostTrade"],
  ["post", "/private/Level3"],
  ["post", "/private/GetApiKeyInfo"],
  ["post", "/private/ListWalletAccounts"],
];

const HTTP_METHODS = ["get", "post", "put", "delete", "patch"];

/** Reads openapi.json as written (refs intact). */
export function loadSpec(): Json {
  return JSON.parse(readFileSync(SPEC_FILE, "utf8"));
}

/** Reads openapi.json with every $ref replaced by its target (a fresh copy each call). */
export async function loadDereferencedSpec(): Promise<Json> {
  return $RefParser.dereference(loadSpec());
}

/** Every operation of a spec document, in document order. */
export function listOperations(spec: Json): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [p, item] of Object.entries<Json>(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) if (item?.[method]) out.push({ path: p, method, op: item[method] });
  }
  return out;
}

/** The JSON schema of an operation's 200 response, or undefined when it is not JSON. */
export function successSchema(op: Json): Json | undefined {
  return op.responses?.["200"]?.content?.["application/json"]?.schema;
}

/** The request-body schema whatever its media type (form-urlencoded or JSON), or undefined. */
export function requestBodySchema(op: Json): Json | undefined {
  const content = op.requestBody?.content ?? {};
  const media =
    content["application/x-www-form-urlencoded"] ?? content["application/json"] ?? Object.values(content)[0];
  return (media as Json)?.schema;
}

/** Ajv for OpenAPI 3.1 schemas (JSON Schema 2020-12), with the OpenAPI-only formats accepted as-is. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  for (const f of ["int32", "int64", "float", "double", "decimal", "binary", "byte", "password"]) {
    ajv.addFormat(f, true);
  }
  return ajv;
}

interface AjvErrorLike {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: unknown;
}

/** Ajv's errors as short readable lines (the first eight). */
export function formatAjvErrors(errors: ReadonlyArray<AjvErrorLike> | null | undefined): string {
  return (errors ?? [])
    .slice(0, 8)
    .map((e) => `    at ${e.instancePath || "/"}: ${e.message} ${JSON.stringify(e.params)}`)
    .join("\n");
}
