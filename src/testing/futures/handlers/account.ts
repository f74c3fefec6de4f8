/**
 * Account operations: wallets and margin (`accounts`), positions, fills, leverage and PnL
 * preferences, transfers between the cash and flex wallets, withdrawals to the Spot wallet,
 * notifications, subaccounts, the unwind queue and the self-trade strategy.
 */
import { cmp, isPositive, isZeroValue } from "../../exchange/decimal.js";
import type { SelfTradeStrategy } from "../account.js";
import type { FuturesContext, FuturesHandler } from "../context.js";
import { isoMs, type JsonValue, n } from "../json.js";
import { optionalDecimal, optionalEnum, required, requiredDecimal } from "../params.js";
import { FuturesError } from "../types.js";

/** The `accounts` structure of an account. */
export function accountsJson(ctx: Pick<FuturesContext, "venue" | "accountId">): JsonValue {
  const account = ctx.venue.account(ctx.accountId);
  const s = ctx.venue.summary(ctx.accountId);
  const cash: Record<string, string> = {};
  for (const [c, q] of account.cash) cash[c.toLowerCase()] = q;
  const currencies: Record<string, JsonValue> = {};
  for (const [c, v] of s.currencies)
    currencies[c] = {
      quantity: n(v.quantity),
      value: n(v.value),
      collateral: n(v.collateral),
      available: n(v.available),
    };
  return {
    cash: { type: "cashAccount", balances: cash },
    flex: {
      type: "multiCollateralMarginAccount",
      currencies,
      initialMargin: n(s.initialMargin),
      initialMarginWithOrders: n(s.initialMarginWithOrders),
      maintenanceMargin: n(s.maintenanceMargin),
      balanceValue: n(s.balanceValue),
      portfolioValue: n(s.portfolioValue),
      collateralValue: n(s.collateralValue),
      pnl: n(s.pnl),
      unrealizedFunding: n(s.unrealizedFunding),
      totalUnrealized: n(s.totalUnrealized),
      totalUnrealizedAsMargin: n(s.totalUnrealizedAsMargin),
      availableMargin: n(s.availableMargin),
      marginEquity: n(s.marginEquity),
    },
  };
}

function wallet(name: string): "cash" | "flex" {
  const w = name.toLowerCase();
  if (w === "cash" || w === "flex") return w;
  throw new FuturesError("invalidAccount");
}

/** Logs a wallet movement in the account log (`transfer`, `cross-exchange transfer`). */
function logMovement(
  ctx: FuturesContext,
  info: "transfer" | "cross-exchange transfer",
  asset: string,
  [oldBalance, newBalance]: [string, string],
  execution: string | null,
): void {
  const account = ctx.venue.account(ctx.accountId);
  account.log.push({
    id: ctx.venue.nextLogId(),
    accountId: account.id,
    bookingUid: ctx.venue.uuid.next(),
    time: ctx.now,
    info,
    asset,
    contract: null,
    oldBalance,
    newBalance,
    fee: null,
    realizedPnl: null,
    realizedFunding: null,
    fundingRate: null,
    tradePrice: null,
    markPrice: null,
    execution,
    oldAverage: null,
    newAverage: null,
  });
}

const STRATEGIES: readonly SelfTradeStrategy[] = [
  "REJECT_TAKER",
  "CANCEL_MAKER_SELF",
  "CANCEL_MAKER_CHILD",
  "CANCEL_MAKER_ANY",
];

/** Spot REST asset ids of the currencies a withdrawal can carry. */
const SPOT_ASSETS: Readonly<Record<string, string>> = { XBT: "XXBT", BTC: "XXBT", ETH: "XETH", USD: "ZUSD" };

export const accountHandlers: Record<string, FuturesHandler> = {
  getAccounts: (ctx) => ({ accounts: accountsJson(ctx) }),
  getOpenPositions: (ctx) => {
    const account = ctx.venue.account(ctx.accountId);
    const positions = [...account.positions.values()].sort((a, b) => b.fillTime - a.fillTime);
    return {
      openPositions: positions.map((p) => ({
        side: p.size.startsWith("-") ? "short" : "long",
        symbol: p.symbol,
        price: n(p.price),
        fillTime: isoMs(p.fillTime),
        size: n(p.size.startsWith("-") ? p.size.slice(1) : p.size),
        unrealizedFunding: n(p.unrealizedFunding),
        pnlCurrency: account.pnlCurrency.get(p.symbol) ?? "USD",
        maxFixedLeverage: account.leverage.has(p.symbol) ? n(account.leverage.get(p.symbol)!) : null,
      })),
    };
  },
  getFills: (ctx) => {
    const lastFillTime = ctx.params.get("lastFillTime");
    const before = lastFillTime !== undefined ? Date.parse(lastFillTime) : Number.POSITIVE_INFINITY;
    if (Number.isNaN(before)) throw new FuturesError("invalidArgument");
    const fills = ctx.venue
      .account(ctx.accountId)
      .fills.filter((f) => (lastFillTime === undefined ? true : f.time < before))
      .slice(-100)
      .reverse();
    return {
      fills: fills.map((f) => ({
        fill_id: f.fillId,
        symbol: f.symbol,
        side: f.side,
        order_id: f.orderId,
        ...(f.cliOrdId !== undefined ? { cliOrdId: f.cliOrdId } : {}),
        size: n(f.size),
        price: n(f.price),
        fillTime: isoMs(f.time),
        fillType: f.fillType,
      })),
    };
  },
  getLeverageSetting: (ctx) => ({
    leveragePreferences: [...ctx.venue.account(ctx.accountId).leverage].map(([symbol, maxLeverage]) => ({
      symbol,
      maxLeverage: n(maxLeverage),
    })),
  }),
  setLeverageSetting: (ctx) => {
    const symbol = required(ctx.params, "symbol");
    const instrument = ctx.venue.instrument(symbol);
    const max = optionalDecimal(ctx.params, "maxLeverage");
    const account = ctx.venue.account(ctx.accountId);
    if (max === undefined) account.leverage.delete(symbol);
    else {
      const ceiling = `${Math.round(1 / Number(instrument.marginLevels[0]!.initialMargin))}`;
      if (!isPositive(max) || cmp(max, "1") < 0 || cmp(max, ceiling) > 0)
        throw new FuturesError("invalidArgument");
      const previous = account.leverage.get(symbol);
      account.leverage.set(symbol, max);
      if (cmp(ctx.venue.summary(ctx.accountId).availableMargin, "0") < 0) {
        if (previous === undefined) account.leverage.delete(symbol);
        else account.leverage.set(symbol, previous);
        throw new FuturesError("insufficientFunds");
      }
    }
    return {};
  },
  getPnlCurrencyPreference: (ctx) => ({
    preferences: [...ctx.venue.account(ctx.accountId).pnlCurrency].map(([symbol, pnlCurrency]) => ({
      symbol,
      pnlCurrency,
    })),
  }),
  setPnlCurrencyPreference: (ctx) => {
    const symbol = required(ctx.params, "symbol");
    ctx.venue.instrument(symbol);
    const currency = required(ctx.params, "pnlPreference").toUpperCase();
    if (ctx.venue.usdRate(currency) === undefined) throw new FuturesError("invalidUnit");
    ctx.venue.account(ctx.accountId).pnlCurrency.set(symbol, currency);
    return {};
  },
  transfer: (ctx) => {
    const from = wallet(required(ctx.params, "fromAccount"));
    const to = wallet(required(ctx.params, "toAccount"));
    const unit = required(ctx.params, "unit").toUpperCase();
    const amount = requiredDecimal(ctx.params, "amount");
    if (!isPositive(amount)) throw new FuturesError("invalidAmount");
    if (ctx.venue.usdRate(unit) === undefined) throw new FuturesError("invalidUnit");
    const account = ctx.venue.account(ctx.accountId);
    const have = (from === "cash" ? account.cash : account.flex).get(unit) ?? "0";
    if (cmp(have, amount) < 0) throw new FuturesError("insufficientFunds");
    const debited = account.credit(from, unit, `-${amount}`);
    const credited = account.credit(to, unit, amount);
    logMovement(ctx, "transfer", unit, from === "flex" ? debited : credited, null);
    if (from === "flex" && cmp(ctx.venue.summary(ctx.accountId).availableMargin, "0") < 0) {
      account.credit(to, unit, `-${amount}`);
      account.credit(from, unit, amount);
      throw new FuturesError("insufficientFunds");
    }
    return {};
  },
  subAccountTransfer: (ctx) => {
    const fromUser = required(ctx.params, "fromUser");
    const toUser = required(ctx.params, "toUser");
    const accounts = ctx.venue.accounts();
    const byUser = (u: string) => accounts.find((a) => a.uid === u || a.id === u);
    const source = byUser(fromUser);
    const target = byUser(toUser);
    if (!source || !target) throw new FuturesError("invalidAccount");
    const from = wallet(required(ctx.params, "fromAccount"));
    const to = wallet(required(ctx.params, "toAccount"));
    const unit = required(ctx.params, "unit").toUpperCase();
    const amount = requiredDecimal(ctx.params, "amount");
    if (!isPositive(amount)) throw new FuturesError("invalidAmount");
    const have = (from === "cash" ? source.cash : source.flex).get(unit) ?? "0";
    if (cmp(have, amount) < 0) throw new FuturesError("insufficientFunds");
    source.credit(from, unit, `-${amount}`);
    target.credit(to, unit, amount);
    return {};
  },
  withdrawal: (ctx) => {
    const currency = required(ctx.params, "currency").toUpperCase();
    const amount = requiredDecimal(ctx.params, "amount");
    const source = wallet(ctx.params.get("sourceWallet") ?? "cash");
    if (!isPositive(amount)) throw new FuturesError("invalidAmount");
    const account = ctx.venue.account(ctx.accountId);
    const have = (source === "cash" ? account.cash : account.flex).get(currency) ?? "0";
    if (cmp(have, amount) < 0) throw new FuturesError("insufficientFunds");
    const spotAsset = SPOT_ASSETS[currency];
    if (spotAsset === undefined) throw new FuturesError("invalidUnit");
    const uid = ctx.venue.uuid.next();
    logMovement(
      ctx,
      "cross-exchange transfer",
      currency,
      account.credit(source, currency, `-${amount}`),
      uid,
    );
    try {
      ctx.spot.adjustBalance(ctx.accountId, {
        type: "transfer",
        subtype: "spotfromfutures",
        asset: spotAsset,
        amount,
        refid: uid,
      });
    } catch {
      // No Spot account of that id: the money leaves the Derivatives wallet only.
    }
    return { uid };
  },
  getNotifications: (ctx) => ({
    notifications: ctx.venue.notifications.map((x) => ({
      type: x.type,
      priority: x.priority,
      note: x.note,
      effectiveTime: isoMs(x.effectiveTime),
      ...(x.expectedDowntimeMinutes !== undefined
        ? { expectedDowntimeMinutes: x.expectedDowntimeMinutes }
        : {}),
    })),
  }),
  listSubaccounts: (ctx) => ({ masterAccountUid: ctx.venue.account(ctx.accountId).uid, subaccounts: [] }),
  getUnwindQueue: (ctx) => ({
    queue: [...ctx.venue.account(ctx.accountId).positions.values()]
      .filter((p) => !isZeroValue(p.size))
      .map((p) => ({ symbol: p.symbol, percentile: 50 })),
  }),
  getSelfTradeStrategy: (ctx) => ({ strategy: ctx.venue.account(ctx.accountId).selfTradeStrategy }),
  setSelfTradeStrategy: (ctx) => {
    const strategy = optionalEnum(ctx.params, "strategy", STRATEGIES);
    if (strategy === undefined) throw new FuturesError("requiredArgumentMissing");
    ctx.venue.account(ctx.accountId).selfTradeStrategy = strategy;
    return { strategy };
  },
};
