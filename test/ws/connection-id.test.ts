// Kraken sends the status channel's connection_id as a JSON number above 2^53: it must reach the
// application with every digit over a real socket, not rounded through a float.
import { afterEach, describe, expect, it } from "vitest";
import type { KrakenWs } from "../../src/ws/client.js";
import { clientFor } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  await ws?.close();
  await server?.close();
  ws = server = undefined;
});

describe("status connection_id", () => {
  it("an id above 2^53 sent as a JSON number arrives as its exact digits", async () => {
    server = await startScriptServer();
    ws = clientFor(server);
    const ids: string[] = [];
    ws.on("status", ({ data }) => ids.push(data.connection_id));
    await ws.connect();
    const id = "13834774380200032777"; // Number(id) would be 13834774380200032000
    server.broadcast(
      "/public",
      `{"channel":"status","type":"update","data":[{"system":"online","api_version":"v2","connection_id":${id},"version":"2.0.10"}]}`,
    );
    await server.waitFor(() => ids.includes(id));
    expect(ids.at(-1)).toBe(id);
    expect(String(Number(id))).not.toBe(id); // the value really is beyond a double's exact range
  });
});
