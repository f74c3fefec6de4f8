import { describe, expect, it } from "vitest";
import { backoffDelay } from "../../src/util/backoff.js";
import {
  compareDecimal,
  expandExponent,
  isZero,
  toFixedDecimal,
  trimTrailingZeros,
} from "../../src/util/decimal.js";
import { Emitter } from "../../src/util/emitter.js";

describe("decimal strings", () => {
  it.each([
    ["1e-8", "0.00000001"],
    ["1.5E+3", "1500"],
    ["2.5e-3", "0.0025"],
    ["123", "123"],
    ["1.23e1", "12.3"],
    ["-4e-2", "-0.04"],
  ])("expands %s to %s", (input, out) => expect(expandExponent(input)).toBe(out));

  it("trims trailing zeros", () => {
    expect(trimTrailingZeros("1.2300")).toBe("1.23");
    expect(trimTrailingZeros("5.000")).toBe("5");
    expect(trimTrailingZeros("100")).toBe("100");
  });

  it("compares exactly beyond float precision", () => {
    expect(compareDecimal("0.123456789012345678", "0.123456789012345679")).toBe(-1);
    expect(compareDecimal("10", "9.99999999999999999999")).toBe(1);
    expect(compareDecimal("1.50", "1.5")).toBe(0);
    expect(compareDecimal("007", "7.0")).toBe(0);
  });

  it("detects zero and pads to precision", () => {
    expect(isZero("0.0000")).toBe(true);
    expect(isZero("0.00001")).toBe(false);
    expect(toFixedDecimal("1.5", 4)).toBe("1.5000");
    expect(toFixedDecimal("3", 0)).toBe("3");
  });
});

describe("backoff", () => {
  it("uses full jitter under an exponential ceiling", () => {
    const opts = { minDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 };
    expect(backoffDelay(0, opts)).toBe(99);
    expect(backoffDelay(3, opts)).toBe(799);
    expect(backoffDelay(10, opts)).toBe(999);
    expect(backoffDelay(3, { ...opts, random: () => 0 })).toBe(0);
  });
});

describe("emitter", () => {
  it("isolates throwing listeners and counts listeners", () => {
    const errors: unknown[] = [];
    const em = new Emitter<{ x: number }>((e) => errors.push(e));
    const seen: number[] = [];
    em.on("x", () => {
      throw new Error("boom");
    });
    const off = em.on("x", (v) => seen.push(v));
    em.emit("x", 1);
    expect(seen).toEqual([1]);
    expect(errors).toHaveLength(1);
    expect(em.listenerCount()).toBe(2);
    off();
    expect(em.listenerCount("x")).toBe(1);
  });
});
