/**
 * Funding (legacy), subaccount, Earn, export and key-info operations. The exchange does not model
 * these deeply; they move balances through ledger entries and keep a small history in RestState, so
 * answers stay consistent with the account.
 */
import { createHash } from "node:crypto";
import { add, cmp, fixed, isDecimal, isPositive, sub } from "../../exchange/decimal.js";
import { ExchangeError } from "../../exchange/types.js";
import { BinaryBody, type FundingRecord, type Handler, type HandlerContext } from "../context.js";
import { restLedger, restTrade } from "../format.js";
import { ALL_PERMISSIONS } from "../keys.js";
import { bool, int, req, str } from "../params.js";
import { storedZip } from "../zip.js";

interface MethodInfo {
  readonly method: string;
  readonly network: string;
  readonly fee: string;
  readonly minimum: string;
}

const METHODS: Readonly<Record<string, MethodInfo>> = {
  XXBT: { method: "Bitcoin", network: "Bitcoin", fee: "0.00015", minimum: "0.0005" },
  XETH: { method: "Ether", network: "Ethereum", fee: "0.0035", minimum: "0.005" },
  ZUSD: { method: "Bank Frick (SWIFT)", network: "SWIFT", fee: "5.00", minimum: "10" },
  PEPE: { method: "PEPE", network: "Ethereum", fee: "1500000", minimum: "3000000" },
};

/** Funding method name per REST asset id. */
export const METHOD_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(METHODS).map(([id, m]) => [id, m.method]),
);

function asset(ctx: HandlerContext, name = "asset"): { id: string; decimals: number; info: MethodInfo } {
  const a = ctx.exchange.registry.asset(req(ctx.params, name));
  if (!a) throw new ExchangeError("EQuery:Unknown asset");
  return {
    id: a.id,
    decimals: a.decimals,
    info: METHODS[a.id] ?? { method: a.altname, network: a.altname, fee: "0", minimum: "0" },
  };
}

function address(seed: string): string {
  return `sim1q${createHash("sha256").update(seed).digest("hex").slice(0, 38)}`;
}

function amountParam(ctx: HandlerContext): string {
  const amount = req(ctx.params, "amount");
  if (!isDecimal(amount) || !isPositive(amount)) throw new ExchangeError("EGeneral:Invalid arguments:amount");
  return amount;
}

function fundingRow(ctx: HandlerContext, r: FundingRecord): Record<string, unknown> {
  const d = ctx.exchange.registry.asset(r.asset)?.decimals ?? 8;
  return {
    method: r.method,
    ...(r.kind === "withdrawal" ? { network: METHODS[r.asset]?.network ?? r.method } : {}),
    aclass: "currency",
    asset: r.asset,
    refid: r.refid,
    txid: r.txid,
    info: r.info,
    amount: fixed(r.amount, d),
    fee: fixed(r.fee, d),
    time: Math.floor(r.time / 1000),
    status: r.status,
    ...(r.statusProp ? { "status-prop": r.statusProp } : {}),
    ...(r.key ? { key: r.key } : {}),
  };
}

function history(ctx: HandlerContext, kind: "deposit" | "withdrawal"): unknown {
  const name = str(ctx.params, "asset");
  const id = name ? ctx.exchange.registry.asset(name)?.id : undefined;
  const rows = ctx.state.funding
    .filter((r) => r.accountId === ctx.accountId && r.kind === kind && (!id || r.asset === id))
    .sort((a, b) => b.time - a.time);
  const cursor = ctx.params.cursor;
  if (cursor === undefined || cursor === false || cursor === "false")
    return rows.map((r) => fundingRow(ctx, r));
  // Paging: `limit` rows per page, newest first. The cursor names the last row returned (keyset
  // paging), so rows that arrive at the top during a walk do not shift the pages still to come.
  const limit = int(ctx.params, "limit") ?? (kind === "deposit" ? 25 : 500);
  if (!(limit >= 1)) throw new ExchangeError("EGeneral:Invalid arguments:limit");
  let from = 0;
  if (cursor !== true && cursor !== "true") {
    const after = rows.findIndex((r) => cursorOf(r.refid) === cursor);
    if (after < 0) throw new ExchangeError("EGeneral:Invalid arguments:cursor");
    from = after + 1;
  }
  const pageRows = rows.slice(from, from + limit);
  const more = from + limit < rows.length;
  return {
    [kind]: pageRows.map((r) => fundingRow(ctx, r)),
    next_cursor: more ? cursorOf(pageRows[pageRows.length - 1]!.refid) : null,
  };
}

/** An opaque-looking cursor for a row (its refid, base64url). */
const cursorOf = (refid: string): string => Buffer.from(refid).toString("base64url");

const EARN_STRATEGIES = [
  { id: "ESIMBTC-FLEX1-000001", asset: "XBT", assetId: "XXBT", apr: ["0.1000", "0.2500"] },
  { id: "ESIMETH-BOND1-000002", asset: "ETH", assetId: "XETH", apr: ["2.5000", "4.0000"] },
  { id: "ESIMUSD-FLEX1-000003", asset: "USD", assetId: "ZUSD", apr: ["3.0000", "3.5000"] },
];

function strategy(ctx: HandlerContext) {
  const id = req(ctx.params, "strategy_id");
  const s = EARN_STRATEGIES.find((x) => x.id === id);
  if (!s) throw new ExchangeError("EGeneral:Invalid arguments:Invalid strategy ID");
  return s;
}

/** Handlers keyed by operationId. */
export const fundingHandlers: Record<string, Handler> = {
  getDepositMethods: (ctx) => {
    const a = asset(ctx);
    return [
      {
        method: a.info.method,
        limit: false,
        fee: fixed("0", a.decimals),
        "gen-address": true,
        minimum: a.info.minimum,
      },
    ];
  },

  getDepositAddresses: (ctx) => {
    const a = asset(ctx);
    req(ctx.params, "method");
    const fresh = bool(ctx.params, "new");
    const rows = [{ address: address(`${ctx.accountId}:${a.id}:0`), expiretm: "0", new: false }];
    if (fresh)
      rows.unshift({ address: address(`${ctx.accountId}:${a.id}:${ctx.now}`), expiretm: "0", new: true });
    return rows;
  },

  getStatusRecentDeposits: (ctx) => history(ctx, "deposit"),

  getWithdrawalMethods: (ctx) => {
    const name = str(ctx.params, "asset");
    const ids = name ? [asset(ctx).id] : Object.keys(METHODS);
    return ids.map((id) => ({
      asset: id,
      method: METHODS[id]!.method,
      network: METHODS[id]!.network,
      minimum: METHODS[id]!.minimum,
    }));
  },

  getWithdrawalAddresses: (ctx) => {
    const name = str(ctx.params, "asset");
    const ids = name ? [asset(ctx).id] : Object.keys(METHODS);
    return ids.map((id) => ({
      address: address(`withdraw:${ctx.accountId}:${id}`),
      asset: ctx.exchange.registry.asset(id)?.altname ?? id,
      method: METHODS[id]!.method,
      key: `${ctx.exchange.registry.asset(id)?.altname.toLowerCase() ?? id}-wallet`,
      verified: true,
    }));
  },

  getWithdrawalInformation: (ctx) => {
    const a = asset(ctx);
    req(ctx.params, "key");
    const amount = amountParam(ctx);
    const available = ctx.exchange.account(ctx.accountId).available(a.id);
    return {
      method: a.info.method,
      limit: fixed(available, a.decimals),
      amount: fixed(sub(amount, a.info.fee), a.decimals),
      fee: fixed(a.info.fee, a.decimals),
    };
  },

  withdrawFunds: (ctx) => {
    const a = asset(ctx);
    const key = req(ctx.params, "key");
    const amount = amountParam(ctx);
    const maxFee = str(ctx.params, "max_fee");
    if (maxFee !== undefined && cmp(a.info.fee, maxFee) > 0)
      throw new ExchangeError("EFunding:Max fee exceeded");
    const refid = `FTQ${ctx.state.nextId("W")}${ctx.exchange.ids.next("X").slice(1, 12).replace(/-/g, "")}`;
    ctx.exchange.adjustBalance(ctx.accountId, {
      type: "withdrawal",
      asset: a.id,
      amount: `-${sub(amount, a.info.fee)}`,
      fee: a.info.fee,
      refid,
    });
    ctx.state.funding.push({
      accountId: ctx.accountId,
      kind: "withdrawal",
      refid,
      asset: a.id,
      method: a.info.method,
      amount: sub(amount, a.info.fee),
      fee: a.info.fee,
      time: ctx.now,
      info: address(`withdraw:${ctx.accountId}:${a.id}`),
      txid: "",
      key,
      status: "Pending",
    });
    return { refid };
  },

  getStatusRecentWithdrawals: (ctx) => history(ctx, "withdrawal"),

  cancelWithdrawal: (ctx) => {
    const refid = req(ctx.params, "refid");
    const a = asset(ctx);
    const w = ctx.state.funding.find(
      (r) => r.refid === refid && r.accountId === ctx.accountId && r.kind === "withdrawal",
    );
    if (!w || w.asset !== a.id || w.status !== "Pending")
      throw new ExchangeError("EFunding:Unknown reference id");
    w.status = "Failure";
    w.statusProp = "canceled";
    ctx.exchange.adjustBalance(ctx.accountId, {
      type: "withdrawal",
      subtype: "cancel",
      asset: w.asset,
      amount: w.amount,
      fee: `-${w.fee}`,
      refid,
    });
    return true;
  },

  walletTransfer: (ctx) => {
    const a = asset(ctx);
    if (req(ctx.params, "from") !== "Spot Wallet" || req(ctx.params, "to") !== "Futures Wallet") {
      throw new ExchangeError("EGeneral:Invalid arguments:to");
    }
    const refid = `FTQ${ctx.state.nextId("T")}`;
    ctx.exchange.adjustBalance(ctx.accountId, {
      type: "transfer",
      subtype: "spottofutures",
      asset: a.id,
      amount: `-${amountParam(ctx)}`,
      refid,
    });
    return { refid };
  },

  createSubaccount: (ctx) => {
    const username = req(ctx.params, "username");
    req(ctx.params, "email");
    if (ctx.state.subaccounts.has(username)) throw new ExchangeError("EGeneral:Invalid arguments:username");
    ctx.state.subaccounts.set(username, ctx.accountId);
    ctx.exchange.createAccount(username, {});
    return true;
  },

  accountTransfer: (ctx) => {
    const a = asset(ctx);
    const amount = amountParam(ctx);
    const from = req(ctx.params, "from");
    const to = req(ctx.params, "to");
    const known = (id: string) => ctx.exchange.accounts().some((x) => x.id === id);
    if (!known(from) || !known(to)) throw new ExchangeError("EGeneral:Invalid arguments:to");
    const transferId = `TSIM${ctx.state.nextId("A")}`;
    ctx.exchange.adjustBalance(from, {
      type: "transfer",
      subtype: "subaccount",
      asset: a.id,
      amount: `-${amount}`,
      refid: transferId,
    });
    ctx.exchange.adjustBalance(to, {
      type: "transfer",
      subtype: "subaccount",
      asset: a.id,
      amount,
      refid: transferId,
    });
    return { transfer_id: transferId, status: "complete" };
  },

  listStrategies: (ctx) => {
    const filter = str(ctx.params, "asset");
    return {
      next_cursor: null,
      items: EARN_STRATEGIES.filter((s) => !filter || s.asset === filter || s.assetId === filter).map(
        (s) => ({
          id: s.id,
          asset: s.asset,
          lock_type: { type: "instant", payout_frequency: 604800 },
          apr_estimate: { low: s.apr[0], high: s.apr[1] },
          user_min_allocation: "0.01",
          allocation_fee: "0.0000",
          deallocation_fee: "0.0000",
          auto_compound: { type: "enabled" },
          yield_source: { type: "staking" },
          can_allocate: true,
          can_deallocate: true,
          allocation_restriction_info: [],
        }),
      ),
    };
  },

  allocateStrategy: (ctx) => {
    const s = strategy(ctx);
    const amount = amountParam(ctx);
    ctx.exchange.adjustBalance(ctx.accountId, {
      type: "staking",
      subtype: "spottostaking",
      asset: s.assetId,
      amount: `-${amount}`,
    });
    ctx.state.earn.push({
      accountId: ctx.accountId,
      strategyId: s.id,
      asset: s.assetId,
      amount,
      createdAt: ctx.now,
    });
    return true;
  },

  deallocateStrategy: (ctx) => {
    const s = strategy(ctx);
    const amount = amountParam(ctx);
    const mine = ctx.state.earn.filter((e) => e.accountId === ctx.accountId && e.strategyId === s.id);
    let left = amount;
    for (const e of mine) {
      if (!isPositive(left)) break;
      const take = cmp(e.amount, left) <= 0 ? e.amount : left;
      e.amount = sub(e.amount, take);
      left = sub(left, take);
    }
    if (isPositive(left))
      throw new ExchangeError(
        "EEarnings:Insufficient funds:Insufficient funds to complete the (de)allocation request",
      );
    ctx.exchange.adjustBalance(ctx.accountId, {
      type: "staking",
      subtype: "stakingtospot",
      asset: s.assetId,
      amount,
    });
    return true;
  },

  getAllocateStrategyStatus: (ctx) => {
    strategy(ctx);
    return { pending: false };
  },
  getDeallocateStrategyStatus: (ctx) => {
    strategy(ctx);
    return { pending: false };
  },

  listAllocations: (ctx) => {
    const converted = str(ctx.params, "converted_asset") ?? "USD";
    const hideZero = bool(ctx.params, "hide_zero_allocations");
    const items = EARN_STRATEGIES.map((s) => {
      const rows = ctx.state.earn.filter(
        (e) => e.accountId === ctx.accountId && e.strategyId === s.id && isPositive(e.amount),
      );
      const total = rows.reduce((acc, e) => add(acc, e.amount), "0");
      return {
        strategy_id: s.id,
        native_asset: s.asset,
        amount_allocated: { total: { native: fixed(total, 10), converted: "0.0000" } },
        total_rewarded: { native: fixed("0", 10), converted: "0.0000" },
      };
    }).filter((i) => !hideZero || isPositive(i.amount_allocated.total.native));
    return { converted_asset: converted, total_allocated: "0.0000", total_rewarded: "0.0000", items };
  },

  addExport: (ctx) => {
    const report = req(ctx.params, "report");
    if (report !== "trades" && report !== "ledgers")
      throw new ExchangeError("EGeneral:Invalid arguments:report");
    const format = (str(ctx.params, "format") ?? "CSV").toUpperCase();
    if (format !== "CSV" && format !== "TSV") throw new ExchangeError("EGeneral:Invalid arguments:format");
    const id = ctx.state.nextId("R");
    const monthStart = Date.UTC(new Date(ctx.now).getUTCFullYear(), new Date(ctx.now).getUTCMonth(), 1);
    ctx.state.exports.set(id, {
      id,
      accountId: ctx.accountId,
      report,
      format,
      descr: req(ctx.params, "description"),
      fields: str(ctx.params, "fields") ?? "all",
      createdAt: ctx.now,
      starttm: Number(str(ctx.params, "starttm") ?? monthStart / 1000),
      endtm: Number(str(ctx.params, "endtm") ?? Math.floor(ctx.now / 1000)),
      status: "Processed",
    });
    return { id };
  },

  exportStatus: (ctx) => {
    const report = req(ctx.params, "report");
    const secs = (ms: number) => String(Math.floor(ms / 1000));
    return [...ctx.state.exports.values()]
      .filter((e) => e.accountId === ctx.accountId && e.report === report)
      .map((e) => ({
        id: e.id,
        descr: e.descr,
        format: e.format,
        report: e.report,
        subtype: "all",
        status: e.status,
        flags: "0",
        fields: e.fields,
        createdtm: secs(e.createdAt),
        expiretm: secs(e.createdAt + 14 * 86_400_000),
        starttm: secs(e.createdAt),
        completedtm: secs(e.createdAt),
        datastarttm: String(e.starttm),
        dataendtm: String(e.endtm),
        aclass: "forex",
        asset: "all",
      }));
  },

  retrieveExport: (ctx) => {
    const e = ctx.state.exports.get(req(ctx.params, "id"));
    if (!e || e.accountId !== ctx.accountId) throw new ExchangeError("EGeneral:Invalid arguments:id");
    const sep = e.format === "TSV" ? "\t" : ",";
    const account = ctx.exchange.account(ctx.accountId);
    const rows: string[] =
      e.report === "trades"
        ? [
            ["txid", "ordertxid", "pair", "time", "type", "ordertype", "price", "cost", "fee", "vol"].join(
              sep,
            ),
          ].concat(
            account.trades.map((t) => {
              const r = restTrade(ctx.exchange.registry, t);
              return [
                t.txid,
                r.ordertxid,
                r.pair,
                r.time,
                r.type,
                r.ordertype,
                r.price,
                r.cost,
                r.fee,
                r.vol,
              ].join(sep);
            }),
          )
        : [
            ["txid", "refid", "time", "type", "subtype", "aclass", "asset", "amount", "fee", "balance"].join(
              sep,
            ),
          ].concat(
            account.ledger.map((l) => {
              const r = restLedger(ctx.exchange.registry, l);
              return [
                l.id,
                r.refid,
                r.time,
                r.type,
                r.subtype,
                r.aclass,
                r.asset,
                r.amount,
                r.fee,
                r.balance,
              ].join(sep);
            }),
          );
    return new BinaryBody(
      "application/zip",
      storedZip(`${e.report}.${e.format.toLowerCase()}`, `${rows.join("\n")}\n`),
    );
  },

  removeExport: (ctx) => {
    const id = req(ctx.params, "id");
    const type = req(ctx.params, "type");
    if (type !== "cancel" && type !== "delete") throw new ExchangeError("EGeneral:Invalid arguments:type");
    const e = ctx.state.exports.get(id);
    if (!e || e.accountId !== ctx.accountId) throw new ExchangeError("EGeneral:Invalid arguments:id");
    ctx.state.exports.delete(id);
    return { [type]: true };
  },

  getApiKeyInfo: (ctx) => {
    const key = ctx.key!;
    const codes: Record<string, string> = {
      "funds-query": "query-funds",
      "funds-deposit": "add-funds",
      "funds-withdraw": "withdraw-funds",
      "orders-query-open": "query-open-trades",
      "orders-query-closed": "query-closed-trades",
      "orders-create-modify": "modify-trades",
      "orders-cancel": "close-trades",
      "ledger-query": "query-ledger",
      "export-data": "export-data",
      websocket: "create-ws-token",
      earn: "earn-funds",
    };
    const secs = (ms: number) => String(Math.floor(ms / 1000));
    return {
      apiKeyName: key.name ?? "simulator",
      apiKey: key.key,
      nonce: key.highestNonce,
      nonceWindow: key.nonceWindow ?? 0,
      permissions: (key.permissions ?? ALL_PERMISSIONS).map((p) => codes[p] ?? p),
      iban: "SIMU LATO R000 0001",
      validUntil: "0",
      queryFrom: "0",
      queryTo: "0",
      createdTime: secs(ctx.state.createdAt),
      modifiedTime: secs(ctx.state.createdAt),
      ipAllowlist: [],
      lastUsed: secs(key.lastUsed),
    };
  },

  listWalletAccounts: (ctx) => ({
    accounts: [
      {
        account_id: `WA-${ctx.accountId}`,
        name: null,
        type: "main",
        status: "active",
        flags: { active: true, user_defined: false },
      },
    ],
    cursor: { next: null },
  }),
};
