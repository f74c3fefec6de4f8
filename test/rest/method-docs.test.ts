// Every generated REST method carries its TSDoc into the built .d.ts, editor hovers show it, and compiler
// errors name the per-operation types (RestAddOrderParams), never the raw schema with its nonce.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { ROOT } from "../package/package-helpers.js";
import { diagnostics, hover } from "./helpers/type-check.js";

const DTS = path.join(ROOT, "dist", "index.d.ts");

describe("TSDoc of the generated REST methods (built dist/index.d.ts)", () => {
  const source = ts.createSourceFile(DTS, readFileSync(DTS, "utf8"), ts.ScriptTarget.ES2022, true);
  const methods = new Map<string, string>();
  source.forEachChild(function visit(node) {
    if (ts.isInterfaceDeclaration(node) && node.name.text === "RestMethods") {
      for (const m of node.members) {
        if (ts.isMethodSignature(m) && m.name && ts.isIdentifier(m.name)) {
          methods.set(
            m.name.text,
            (ts.getJSDocCommentsAndTags(m)[0] as ts.JSDoc | undefined)?.getText() ?? "",
          );
        }
      }
    }
    node.forEachChild(visit);
  });

  it("documents exactly the 60 operations of the table", () => {
    expect([...methods.keys()].sort()).toEqual(Object.keys(operations).sort());
    expect(methods.size).toBe(60);
  });

  it.each(Object.keys(operations))(
    "%s: summary, params, result, permission, cost, retry, errors, link",
    (id) => {
      const row = operations[id as keyof typeof operations];
      const doc = methods.get(id) ?? "";
      const parts = {
        summary: /^\/\*\*\n {5}\* [A-Z][^\n]+\.\n/.test(doc),
        endpoint: doc.includes(`Kraken endpoint: \`${row.method.toUpperCase()} /0${row.path}\``),
        permission: /API-key permission: (none \(public\)|`[a-z-]+`|all of|any of)/.test(doc),
        cost: /Rate-limit cost: \S/.test(doc),
        retry: doc.includes(`Retry class: \`${row.retry}\``),
        errors: /Kraken errors it can give[^:]*: `E[A-Za-z]+:/.test(doc),
        params: /@param params - \{@link Rest\w+Params\}/.test(doc),
        returns: /@returns \{@link Rest\w+Result\}/.test(doc),
        link: /@see https:\/\/docs\.kraken\.com\/api-reference\/[a-z-]+\/[a-z0-9-]+/.test(doc),
      };
      expect(parts).toEqual(Object.fromEntries(Object.keys(parts).map((k) => [k, true])));
      if (row.auth === "private") expect(doc).toContain("`EAPI:Invalid signature`");
    },
  );

  it("lists each parameter with its enum values (addOrder's ordertype and type)", () => {
    const doc = methods.get("addOrder") ?? "";
    expect(doc).toMatch(/`ordertype` \(required\): How the order executes[^\n]*One of: `market`, `limit`/);
    expect(doc).toMatch(/`type` \(required\):[^\n]*One of: `buy`, `sell`/);
    expect(doc).toMatch(/`validate` \(optional\)/);
    expect(doc).not.toMatch(/`nonce`|`otp` \(/);
  });
});

describe("editor hovers (TypeScript language service on the built package)", () => {
  it("rest.addOrder shows the summary, permission, cost, retry class, errors and Kraken's page", () => {
    const text = hover("void rest.addOrder;", "addOrder");
    expect(text).toContain("addOrder");
    expect(text).toContain("Place an order");
    expect(text).toContain("`orders-create-modify` (Orders and trades - Create & modify orders)");
    expect(text).toContain("trading-engine counter");
    expect(text).toContain("Retry class: `never`");
    expect(text).toContain("`EOrder:Insufficient funds`");
    expect(text).toContain("@see https://docs.kraken.com/api-reference/trading/add-order");
    expect(text).toContain("RestAddOrderParams");
  });

  it("rest.cancelOrder shows its doc and names its params type", () => {
    const text = hover("void rest.cancelOrder;", "cancelOrder");
    expect(text).toContain("Cancel");
    expect(text).toContain("params: RestCancelOrderParams");
    expect(text).toContain("any of `orders-cancel`");
    expect(text).toContain("@see https://docs.kraken.com/api-reference/trading/cancel-order");
  });

  it("rest.getServerTime (public) shows no permission and the per-IP limit", () => {
    const text = hover("void rest.getServerTime;", "getServerTime");
    expect(text).toContain("API-key permission: none (public)");
    expect(text).toContain("per IP");
    expect(text).toContain("Promise<RestGetServerTimeResult>");
  });

  it("a parameter's hover shows its own doc with enum meanings", () => {
    const text = hover(
      'void rest.addOrder({ ordertype: "limit", type: "buy", volume: "1", pair: "XBTUSD" });',
      "ordertype",
    );
    expect(text).toMatch(/\(property\) RestAddOrderParams<[^>]*>\.ordertype: "limit" \| "market"/);
    expect(text).toContain("`iceberg` is a limit order showing only `displayvol`");
  });
});

describe("compiler errors name the operation's types", () => {
  it("a wrong addOrder call is reported against RestAddOrderParams, with no nonce or Omit in sight", () => {
    const errors = diagnostics(
      'void rest.addOrder({ ordertype: "limit", type: "buy", pair: "XBTUSD" });',
    ).join("\n");
    expect(errors).toContain("RestAddOrderParams");
    expect(errors).toContain("'volume'");
    expect(errors).not.toMatch(/Omit<|nonce|otp/);
  });

  it("an unknown field and a missing identifier name the params type", () => {
    const errors = diagnostics(
      'void rest.getOrderBook({ pair: "XBTUSD", cont: 10 });\nvoid rest.cancelOrder({});',
    );
    expect(errors[0]).toMatch(/'cont' does not exist in type 'RestGetOrderBookParams'/);
    expect(errors[1]).toContain("'RestCancelOrderParams'");
    expect(errors.join("\n")).not.toMatch(/Omit<|nonce/);
  });
});
