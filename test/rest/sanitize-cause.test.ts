// sanitizeCause keeps only name, message and string code of an error and of its direct cause.
import { describe, expect, it } from "vitest";
import { sanitizeCause } from "../../src/errors/transport.js";

describe("sanitizeCause", () => {
  it("copies name, message and code of the error and of its cause, and nothing attached to them", () => {
    const root = Object.assign(new Error("socket hang up"), { code: "ECONNRESET", request: { secret: 1 } });
    const inner = Object.assign(new TypeError("fetch failed", { cause: root }), {
      headers: { "API-Key": "k" },
    });
    const clean = sanitizeCause(inner) as Error & { code?: string; cause?: Error & { code?: string } };
    expect(clean).not.toBe(inner);
    expect(clean.name).toBe("TypeError");
    expect(clean.message).toBe("fetch failed");
    expect(clean.code).toBeUndefined();
    expect(Object.keys(clean)).not.toContain("headers");
    expect(clean.cause?.message).toBe("socket hang up");
    expect(clean.cause?.code).toBe("ECONNRESET");
    expect(Object.keys(clean.cause ?? {})).not.toContain("request");
    expect(clean.cause?.cause).toBeUndefined();
  });

  it("wraps a non-error and passes nothing through for null or undefined", () => {
    expect(sanitizeCause("boom")).toEqual(new Error("boom"));
    expect(sanitizeCause(null)).toBeUndefined();
    expect(sanitizeCause(undefined)).toBeUndefined();
  });

  it("goes one level deep only", () => {
    const deep = new Error("a", { cause: new Error("b", { cause: new Error("c") }) });
    const clean = sanitizeCause(deep) as Error & { cause?: Error };
    expect(clean.cause?.message).toBe("b");
    expect(clean.cause?.cause).toBeUndefined();
  });
});
