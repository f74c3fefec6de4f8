/**
 * The remaining account operations: the assignment program (stored preferences), subaccount trading
 * capability, the API key check (`/api/auth/v1`) and the self-market-share statistic (`/api/stats/v1`).
 */
import { add, div, isPositive, mul } from "../../exchange/decimal.js";
import { type FuturesHandler, RawAnswer } from "../context.js";
import { isoMs, type JsonValue, n, writeJsonValue } from "../json.js";
import { optionalBoolean, optionalDecimal, required } from "../params.js";
import { FuturesError } from "../types.js";

interface Participant {
  readonly id: number;
  readonly accountId: string;
  readonly participant: Record<string, JsonValue>;
}

const programs: WeakMap<object, { list: Participant[]; history: JsonValue[]; next: number }> = new WeakMap();

function store(venue: object) {
  let s = programs.get(venue);
  if (!s) {
    s = { list: [], history: [], next: 1 };
    programs.set(venue, s);
  }
  return s;
}

const tradingEnabled: WeakMap<object, Map<string, boolean>> = new WeakMap();

export const otherHandlers: Record<string, FuturesHandler> = {
  getAssignmentProgramCurrent: (ctx) => ({
    participants: store(ctx.venue)
      .list.filter((p) => p.accountId === ctx.accountId)
      .map((p) => ({ id: p.id, participant: p.participant })),
  }),
  addAssignmentProgram: (ctx) => {
    const s = store(ctx.venue);
    const timeFrame = required(ctx.params, "timeFrame");
    if (!["all", "weekdays", "weekends"].includes(timeFrame)) throw new FuturesError("invalidArgument");
    const acceptLong = optionalBoolean(ctx.params, "acceptLong");
    const acceptShort = optionalBoolean(ctx.params, "acceptShort");
    const enabled = optionalBoolean(ctx.params, "enabled");
    if (acceptLong === undefined || acceptShort === undefined || enabled === undefined)
      throw new FuturesError("requiredArgumentMissing");
    const maxSize = optionalDecimal(ctx.params, "maxSize");
    const maxPosition = optionalDecimal(ctx.params, "maxPosition");
    const participant: Record<string, JsonValue> = {
      contractType: required(ctx.params, "contractType"),
      contract: ctx.params.get("contract") ?? null,
      maxSize: maxSize !== undefined ? n(maxSize) : null,
      maxPosition: maxPosition !== undefined ? n(maxPosition) : null,
      acceptLong,
      acceptShort,
      timeFrame,
      enabled,
    };
    const entry = { id: s.next++, accountId: ctx.accountId, participant };
    s.list.push(entry);
    s.history.push({ deleted: false, participant, timestamp: isoMs(ctx.now) });
    return { id: entry.id, participant };
  },
  deleteAssignmentProgram: (ctx) => {
    const s = store(ctx.venue);
    const id = Number(required(ctx.params, "id"));
    const i = s.list.findIndex((p) => p.id === id && p.accountId === ctx.accountId);
    if (i < 0) throw new FuturesError("notFound");
    const [entry] = s.list.splice(i, 1);
    s.history.push({ deleted: true, participant: entry!.participant, timestamp: isoMs(ctx.now) });
    return { id: entry!.id, participant: entry!.participant };
  },
  getAssignmentProgramHistory: (ctx) => ({ participants: store(ctx.venue).history }),
  getSubaccountTradingCapability: (ctx) => {
    const uid = ctx.path.subaccountUid!;
    const known = ctx.venue.accounts().some((a) => a.uid === uid);
    if (!known) throw new FuturesError("notFound", 404);
    return { tradingEnabled: tradingEnabled.get(ctx.venue)?.get(uid) ?? true };
  },
  updateSubaccountTradingCapability: (ctx) => {
    const uid = ctx.path.subaccountUid!;
    if (!ctx.venue.accounts().some((a) => a.uid === uid)) throw new FuturesError("notFound", 404);
    const enabled = optionalBoolean(ctx.params, "tradingEnabled");
    if (enabled === undefined) throw new FuturesError("requiredArgumentMissing");
    let map = tradingEnabled.get(ctx.venue);
    if (!map) {
      map = new Map();
      tradingEnabled.set(ctx.venue, map);
    }
    map.set(uid, enabled);
    return { tradingEnabled: enabled };
  },
  getUserFeeScheduleVolumesV3: () => ({
    volumesByFeeSchedule: { "5b755fea-c5b0-4307-a66e-b392cd5bd931": n("0") },
  }),
};

/** Self market share (`/api/stats/v1/rebates/self-market-share`) and the API key check (`/api/auth/v1`). */
export const statsAndAuthHandlers: Record<string, FuturesHandler> = {
  "rebates::get_self_market_share": (ctx) => {
    const contracts: Record<string, JsonValue> = {};
    for (const symbol of ctx.venue.instruments.keys()) {
      let total = "0";
      let mine = "0";
      for (const e of ctx.venue.executions) {
        if (e.taker.pair !== symbol) continue;
        const notional = mul(e.qty, e.price);
        total = add(total, notional);
        if (!e.maker.lp && e.maker.accountId === ctx.accountId) mine = add(mine, notional);
      }
      if (!isPositive(mine)) continue;
      contracts[symbol] = { volume: mine, marketShare: div(mine, total, 8), usdRebateCredited: "0" };
    }
    return new RawAnswer(writeJsonValue({ contracts }));
  },
  checkV3ApiKey: (ctx) => {
    const account = ctx.venue.account(ctx.accountId);
    const key = ctx.key;
    return new RawAnswer(
      writeJsonValue({
        apiKey: key?.key ?? "",
        accountUid: account.uid,
        iiban: null,
        createdAt: new Date(ctx.venue.createdAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
        permissions: {
          general: (key?.access ?? "full") === "full" ? "FULL_ACCESS" : "READ_ONLY",
          transfer:
            (key?.access ?? "full") === "full" && key?.withdrawal !== false ? "FULL_ACCESS" : "NO_ACCESS",
        },
      }),
    );
  },
};
