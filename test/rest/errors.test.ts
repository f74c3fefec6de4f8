import { describe, expect, it } from "vitest";
import { KrakenApiError, parseKrakenMessage, splitKrakenMessages } from "../../src/index.js";

describe("Kraken error strings", () => {
  const table: Array<[string, Partial<KrakenApiError>]> = [
    [
      "EGeneral:Invalid arguments:ordertype",
      { kind: "invalid-arguments", field: "ordertype", retryable: false, code: "EGeneral:Invalid arguments" },
    ],
    ["EAPI:Invalid nonce", { kind: "nonce", retryable: true, notProcessed: true }],
    ["EAPI:Invalid key", { kind: "auth", retryable: false }],
    ["EAPI:Invalid signature", { kind: "auth", retryable: false }],
    ["EGeneral:Temporary lockout", { kind: "lockout", retryable: false }],
    ["EGeneral:Permission denied", { kind: "permission", retryable: false }],
    ["EAPI:Rate limit exceeded", { kind: "rate-limit", retryable: true, category: "rate-limit" }],
    ["EOrder:Rate limit exceeded", { kind: "engine-rate-limit", retryable: true }],
    ["EService:Unavailable", { kind: "unavailable", retryable: true, outcomeUnknown: true }],
    ["EService:Busy", { kind: "unavailable", retryable: true, outcomeUnknown: true }],
    ["EService:Deadline elapsed", { kind: "deadline", retryable: false, outcomeUnknown: true }],
    [
      "EService: Throttled: 1700000000",
      { kind: "throttled", retryAt: 1_700_000_000_000, code: "EService:Throttled" },
    ],
    ["EOrder:Insufficient funds", { kind: "funds", retryable: false, category: "api" }],
    ["EOrder:Tick size check failed", { kind: "order", retryable: false }],
    ["EQuery:Unknown asset pair", { kind: "query", retryable: false }],
    ["EGeneral:Internal error:503", { kind: "internal", retryable: true, outcomeUnknown: true }],
  ];
  for (const [raw, expected] of table) {
    it(raw, () => {
      const e = new KrakenApiError({ errors: [raw], operationId: "x" });
      expect(e).toMatchObject({ ...expected, krakenCode: raw.trim(), reachedKraken: "yes" });
      expect(e.message).toContain(raw);
      expect(e.toJSON()).toMatchObject({ krakenCode: raw.trim(), kind: expected.kind });
    });
  }

  it("parses severity, class, description and detail", () => {
    expect(parseKrakenMessage("WGeneral:Something:odd")).toMatchObject({
      severity: "W",
      errorClass: "General",
      description: "Something",
      detail: "odd",
    });
  });

  it("splits warnings from errors", () => {
    expect(splitKrakenMessages(["WGeneral:x", "EOrder:Invalid price", 5])).toEqual({
      errors: ["EOrder:Invalid price"],
      warnings: ["WGeneral:x"],
    });
  });
});
