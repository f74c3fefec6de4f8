// The comparison rules used by the conformance test, on small tables, so they are proven to catch gaps
// whether or not Kraken's reference spec is present on this machine.
import { describe, expect, it } from "vitest";
import { compareParameters, type ParamReport, propertiesOf, repairExample } from "./reference-spec.js";

function compare(official: object, ours: object): ParamReport {
  const report: ParamReport = { missing: [], typeMismatches: [], missingEnumValues: [] };
  compareParameters("op body.", propertiesOf(official), propertiesOf(ours), report);
  return report;
}

const ordertype = { type: "string", enum: ["limit", "market", "iceberg"] };

describe("conformance comparison rules", () => {
  it("reports a missing parameter, a missing enum value and an incompatible type", () => {
    const official = { properties: { ordertype, userref: { type: "integer" }, pair: { type: "string" } } };
    const ours = {
      properties: { ordertype: { type: "string", enum: ["limit", "market"] }, userref: { type: "boolean" } },
    };
    expect(compare(official, ours)).toEqual({
      missing: ["op body.pair"],
      typeMismatches: ["op body.userref: official integer, ours boolean"],
      missingEnumValues: ["op body.ordertype: iceberg"],
    });
  });

  it("accepts integer where ours says number, oneOf/allOf branches, and free-text official types", () => {
    const official = {
      properties: {
        count: { type: "integer" },
        txid: { oneOf: [{ type: "string" }, { type: "integer" }] },
        cc: { type: "ISO 3166" },
      },
    };
    const ours = {
      allOf: [
        { properties: { count: { type: "number" } } },
        { properties: { txid: { type: ["string", "integer"] }, cc: { type: "string" } } },
      ],
    };
    expect(compare(official, ours)).toEqual({ missing: [], typeMismatches: [], missingEnumValues: [] });
  });

  it("recurses into array items and maps flat `close[price]` fields onto a deepObject `close`", () => {
    const official = {
      properties: {
        orders: {
          type: "array",
          items: { type: "object", properties: { ordertype, volume: { type: "string" } } },
        },
        "close[ordertype]": ordertype,
        "close[price]": { type: "string" },
      },
    };
    const ours = {
      properties: {
        orders: { type: "array", items: { properties: { ordertype: { type: "string", enum: ["limit"] } } } },
        close: { type: "object", properties: { ordertype: { enum: ["limit", "market", "iceberg"] } } },
      },
    };
    expect(compare(official, ours)).toEqual({
      missing: ["op body.orders.volume", "op body.close[price]"],
      typeMismatches: [],
      missingEnumValues: ["op body.orders.ordertype: market, iceberg"],
    });
  });

  it("repairs Python literals in parsed and string examples and unwraps a stray `response` wrapper", () => {
    expect(repairExample({ error: [], result: { refid: "None", maker: true } })).toEqual({
      error: [],
      result: { refid: null, maker: true },
    });
    expect(repairExample('{"error":[],"result":{"a":None,"b":True,"c":False,"d":"None True"}}')).toEqual({
      error: [],
      result: { a: null, b: true, c: false, d: "None True" },
    });
    expect(repairExample({ response: { error: [], result: 1 } })).toEqual({ error: [], result: 1 });
  });
});
