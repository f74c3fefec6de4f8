import { describe, expect, it } from "vitest";
import { formatNumber, num, writeJson } from "../../src/testing/ws/json.js";
import { DecimalLiteral, decimalField, parseLossless } from "../../src/testing/ws/lossless.js";

describe("frame number printing", () => {
  it("prints exact decimal strings as plain JSON numbers with trailing zeros trimmed", () => {
    expect(formatNumber("0.00000001")).toBe("0.00000001");
    expect(formatNumber("1e-8")).toBe("0.00000001");
    expect(formatNumber("0.56600000")).toBe("0.566");
    expect(formatNumber("740")).toBe("740.0");
    expect(formatNumber("1234567890123.45678")).toBe("1234567890123.45678");
    expect(formatNumber("-0.0")).toBe("0.0");
    expect(writeJson({ a: num("0.0000098765"), b: [num("18097.15470000")], c: undefined, d: 'x"y' })).toBe(
      '{"a":0.0000098765,"b":[18097.1547],"d":"x\\"y"}',
    );
  });
});

describe("lossless request parsing", () => {
  it("keeps fractional and long literals exact and leaves strings alone", () => {
    const m = parseLossless(
      '{"req_id":12345678901234567890,"params":{"order_qty":1234567890123.45678,"limit_price":0.0000098765,"depth":10,"cl_ord_id":"1.5 \\"q\\" 2e3","neg":-1.25e-3}}',
    ) as { req_id: DecimalLiteral; params: Record<string, unknown> };
    expect(m.req_id).toEqual(new DecimalLiteral("12345678901234567890"));
    expect(decimalField(m.params.order_qty)).toBe("1234567890123.45678");
    expect(decimalField(m.params.limit_price)).toBe("0.0000098765");
    expect(m.params.depth).toBe(10);
    expect(m.params.cl_ord_id).toBe('1.5 "q" 2e3');
    expect(decimalField(m.params.neg)).toBe("-1.25e-3");
    expect(() => parseLossless("{oops")).toThrow(SyntaxError);
  });
});
