// Kraken's own answer examples (official Futures spec, read at test time) served over loopback and read
// through KrakenFutures: every number arrives with the digits on the wire, none through a float.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { futuresOperations } from "../../generated/futures/index.js";
import { KrakenFutures, KrakenOrderRejectedError } from "../../src/index.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { STEPS } from "../simulator-futures/operations.js";
import {
  FUTURES_REFERENCE_DIR,
  loadOfficialFuturesOperations,
  ourOperationId,
} from "../spec/futures-helpers.js";
import { repairExample, responseExamples } from "../spec/reference-spec.js";
import type { Json } from "../spec/spec-helpers.js";
import { DEMO_FUTURES_API_KEY, DEMO_FUTURES_API_SECRET, futuresClient, startFuturesSim } from "./helpers.js";

type OperationId = keyof typeof futuresOperations;

interface Case {
  readonly id: OperationId;
  readonly label: string;
  /** The answer exactly as sent: Kraken's JSON text where the example is one, else its serialisation. */
  readonly wire: string;
  readonly params: Record<string, string>;
}

/** A decimal's exact value as sign, significant digits and exponent ("3.46e-9" and "0.00000000346" agree). */
function exactValue(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return `not a decimal: ${text}`;
  let digits = (m[2]! + (m[3] ?? "")).replace(/^0+/, "");
  let exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  if (digits === "") return "0";
  while (digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    exponent++;
  }
  return `${m[1]}${digits}e${exponent}`;
}

/** Exact values of the number tokens of a JSON text, as written. */
function numberTokens(text: string): Set<string> {
  const out = new Set<string>();
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "-" || (c! >= "0" && c! <= "9")) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
      if (m) {
        out.add(exactValue(m[0]));
        i += m[0].length - 1;
      }
    }
  }
  return out;
}

/**
 * Every number of `sent` (parsed as JSON) against what the client returned at the same place: a
 * non-integer must be a decimal string whose exact value is one of the wire's number tokens (the
 * exponent may be written out) and equals the value; an
 * integer may stay a number (exactly equal) or be such a string.
 */
function lossless(sent: Json, got: unknown, tokens: ReadonlySet<string>, at: string, out: string[]): void {
  if (typeof sent === "number") {
    if (typeof got === "string") {
      if (!tokens.has(exactValue(got)) || Number(got) !== sent) out.push(`${at}: sent ${sent}, got "${got}"`);
    } else if (!Number.isInteger(sent) || got !== sent)
      out.push(`${at}: sent ${sent}, got ${String(got)} (${typeof got})`);
  } else if (Array.isArray(sent)) {
    if (!Array.isArray(got)) return void out.push(`${at}: array became ${typeof got}`);
    for (const [i, v] of sent.entries()) lossless(v, got[i], tokens, `${at}[${i}]`, out);
  } else if (sent && typeof sent === "object") {
    if (!got || typeof got !== "object") return void out.push(`${at}: object became ${typeof got}`);
    for (const [k, v] of Object.entries(sent))
      lossless(v, (got as Record<string, unknown>)[k], tokens, `${at}.${k}`, out);
  }
}

/**
 * The example as Kraken would send it: an example written as JSON text keeps its digits (Python's
 * None/True/False outside strings become JSON's), any other is serialised.
 */
function wireText(raw: Json): string {
  if (typeof raw !== "string" || !/^\s*[[{]/.test(raw)) return JSON.stringify(repairExample(raw));
  const text = raw.replace(/("(?:[^"\\]|\\.)*")|\bNone\b|\bTrue\b|\bFalse\b/g, (m, quoted) =>
    quoted ? quoted : m === "None" ? "null" : m === "True" ? "true" : "false",
  );
  const parsed = JSON.parse(text) as Json;
  // the one example wrapped in a stray {"response": ...} (see repairExample)
  return Object.keys(parsed ?? {}).join() === "response" ? JSON.stringify(repairExample(raw)) : text;
}

const present = existsSync(FUTURES_REFERENCE_DIR);

describe.runIf(present)("Kraken's Derivatives answer examples through KrakenFutures over loopback", () => {
  const cases: Case[] = [];
  let server: Server;
  let answer = "";
  let client: KrakenFutures;

  beforeAll(async () => {
    // parameters each operation needs, from the simulator script (ids of orders it placed, ...)
    const sim: KrakenSimulator = await startFuturesSim();
    const params = new Map<string, Record<string, string>>();
    try {
      const f = futuresClient(sim, { retry: false });
      const got: Record<string, string> = {};
      for (const step of STEPS) {
        const id = ourOperationId(step.operationId);
        const p = { ...step.params?.(got, sim), ...step.pathParams?.(got) };
        params.set(id, p);
        try {
          const body = await f.request(id as OperationId, p as never);
          step.save?.({ status: 200, text: "", body }, got);
        } catch {
          // the script's refused and demo-only calls; their parameters are still what the call needs
        }
      }
    } finally {
      await sim.close();
    }
    for (const o of await loadOfficialFuturesOperations()) {
      const id = ourOperationId(o.op.operationId) as OperationId;
      if (!futuresOperations[id]) continue;
      for (const [label, raw] of responseExamples(o.op)) {
        cases.push({ id, label, wire: wireText(raw), params: params.get(id) ?? {} });
      }
    }
    server = createServer((req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(answer));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    client = new KrakenFutures({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      apiKey: DEMO_FUTURES_API_KEY,
      apiSecret: DEMO_FUTURES_API_SECRET,
      retry: false,
      rateLimit: false,
    });
  }, 60_000);
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("reads every number of every example with the digits sent", async () => {
    expect(cases.length).toBeGreaterThan(30);
    const lost: string[] = [];
    let numbers = 0;
    let failures = 0;
    for (const c of cases) {
      answer = c.wire;
      let body: unknown;
      try {
        body = await client.request(c.id, c.params as never);
      } catch (error) {
        // an example of a refused order: the client rejects it, and the answer it carries must be exact too
        if (!(error instanceof KrakenOrderRejectedError)) {
          // an example of an error answer must reject with Kraken's error, not resolve
          if (!/failure|error/i.test(c.label)) lost.push(`${c.id} ${c.label}: ${String(error)}`);
          else failures++;
          continue;
        }
        body = error.answer;
      }
      const sent = JSON.parse(c.wire) as Json;
      numbers += JSON.stringify(sent).match(/-?\d+\.\d+/g)?.length ?? 0;
      lossless(sent, body, numberTokens(c.wire), `${c.id} ${c.label}`, lost);
    }
    expect(numbers).toBeGreaterThan(100);
    expect(lost).toEqual([]);
    expect(failures, "examples of error answers rejected").toBeGreaterThan(0);
  });
});
