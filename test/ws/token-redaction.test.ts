// Tokens are scrubbed by value (the client remembers the tokens it fetched) and by pattern (also from
// a frame cut off right after the token) from every text the client emits: error messages and excerpts,
// close reasons, logger lines, JSON.stringify and util.inspect of anything it hands out.
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { redactFrame } from "../../src/errors/ws.js";
import type { KrakenWs } from "../../src/ws/index.js";
import { clientFor } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

const TOKENS = ["WW91ci1maXJzdC10b2tlbi0xMjM0NQ", "c2Vjb25kLXRva2VuLWFmdGVyLXJlZnJlc2g"];

let server: ScriptServer | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  await ws?.close();
  await server?.close();
  ws = server = undefined;
});

/** Every way a caller could turn what the client gave it into text. */
const texts = (items: unknown[]) =>
  items.flatMap((x) => [JSON.stringify(x) ?? "", inspect(x, { depth: 10, showHidden: true }), String(x)]);

describe("token redaction", () => {
  it("the pattern also covers a token cut off by the end of a truncated frame", () => {
    expect(redactFrame('{"method":"subscribe","params":{"token":"abcdef')).toBe(
      '{"method":"subscribe","params":{"token":"[redacted]"',
    );
    expect(redactFrame(`x ${TOKENS[0]} y`, TOKENS)).toBe("x [redacted] y");
  });

  it("a hostile auth server echoing the current and the previous token leaks neither", async () => {
    server = await startScriptServer();
    const srv = server;
    let fetched = 0;
    const seen: unknown[] = [];
    const log = (level: string) => (message: string, data?: unknown) => seen.push({ level, message, data });
    srv.intercept = (conn, msg) => {
      const token = String((msg.params as { token?: unknown } | undefined)?.token ?? "");
      if (msg.method !== "subscribe" || !token) return false;
      const base = { method: "subscribe", req_id: msg.req_id, success: false, time_in: "t", time_out: "t" };
      srv.send(conn, { ...base, error: `EAPI:Invalid token ${token}` }); // both attempts refused
      return true;
    };
    ws = clientFor(srv, {
      getToken: async () => TOKENS[Math.min(fetched++, 1)] as string,
      logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    });
    ws.on("error", (e) => seen.push(e));
    ws.on("disconnected", (e) => seen.push(e));
    ws.on("lateResponse", (e) => seen.push(e));
    const refused = await ws.subscribe({ channel: "executions" }).catch((e: unknown) => e);
    expect(fetched).toBe(2); // refused for the token, fetched again, refused again
    seen.push(refused);
    const [first, second] = TOKENS as [string, string];
    // frames that echo the tokens: cut right after one, in an unknown channel, in an unmatched answer
    srv.broadcast("/auth", `{"channel":"executions","type":"update","data":[{"exec_id":"${first}`);
    srv.broadcast("/auth", `{"channel":"mystery","data":[],"echo":"${second}","token":"${first}"}`);
    srv.broadcast(
      "/auth",
      JSON.stringify({ method: "add_order", req_id: 999, success: false, error: second }),
    );
    srv.broadcast("/auth", `{"method":"subscribe","params":{"token":"${second}`);
    await srv.waitFor(() => seen.filter((x) => x instanceof Error).length >= 5);
    // a close reason with the token in it
    for (const c of srv.open("/auth")) c.socket.close(4000, `bye ${first}`);
    await srv.waitFor(() => seen.some((x) => (x as { code?: number }).code === 4000));
    expect(seen.length).toBeGreaterThan(6);
    for (const text of texts(seen)) {
      expect(text).not.toContain(first);
      expect(text).not.toContain(second);
    }
    const all = texts(seen).join("\n");
    expect(all).toContain("EAPI:Invalid token [redacted]");
    expect(all).toContain("bye [redacted]");
    expect(all).toContain('"exec_id":"[redacted]');
  });
});
