// A `status` push whose `connection_id` is a JSON number above 2^53 reaches the client's status event
// and systemStatus() as its exact digits, in Kraken's compact layout and with whitespace.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KrakenWs } from "../../src/ws/client.js";
import type { StatusData } from "../../src/ws/types/channels.js";
import { clientFor, nextEvent } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer;
let ws: KrakenWs;
beforeEach(async () => {
  server = await startScriptServer();
  ws = clientFor(server);
});
afterEach(async () => {
  await ws.close();
  await server.close();
});

const frames = {
  compact:
    '{"channel":"status","type":"update","data":[{"system":"online","api_version":"v2","connection_id":13834774380200032777,"version":"2.0.0"}]}',
  spaced:
    '{ "channel": "status", "type": "update", "data": [ { "system": "online", "api_version": "v2", "connection_id": 18446744073709551615, "version": "2.0.0" } ] }',
};
const digits = { compact: "13834774380200032777", spaced: "18446744073709551615" };

describe("status connection_id above 2^53", () => {
  it.each(["compact", "spaced"] as const)("keeps every digit (%s frame)", async (layout) => {
    await ws.connect("public");
    await server.waitFor(() => server.open("/public").length === 1);
    const status = nextEvent<{ data: StatusData }>((fn) =>
      ws.on("status", (e) => e.data.connection_id === digits[layout] && fn(e)),
    );
    server.broadcast("/public", frames[layout]);
    const { data } = await status;
    expect(data.connection_id).toBe(digits[layout]);
    // a float would have rounded it: 13834774380200032777 -> 13834774380200034000
    expect(BigInt(data.connection_id)).toBe(BigInt(digits[layout]));
    expect(ws.systemStatus()?.connection_id).toBe(digits[layout]);
  });
});
