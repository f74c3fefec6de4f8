// A hostile HTTP server on 127.0.0.1 for REST hardening tests: answers with whatever the test writes
// (redirects, broken bodies, endless streams), records every request it receives (headers and body),
// and counts the body bytes it managed to hand to the socket.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface HostileRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface HostileServer {
  url: string;
  origin: string;
  received: HostileRequest[];
  close(): Promise<void>;
}

export type HostileHandler = (req: HostileRequest, res: ServerResponse) => void | Promise<void>;

export async function startHostileServer(handler: HostileHandler): Promise<HostileServer> {
  const received: HostileRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r: HostileRequest = {
        method: req.method ?? "",
        url: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(r);
      void handler(r, res);
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    origin,
    received,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/**
 * Streams `total` bytes of JSON-looking text in 64 KiB writes, honouring backpressure; resolves with
 * the bytes the socket accepted before the client hung up (or all of them).
 */
export function streamBody(res: ServerResponse, total: number, contentLength?: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let written = 0;
  let queued = 0;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(written);
    };
    res.on("close", finish);
    res.writeHead(200, {
      "Content-Type": "application/json",
      ...(contentLength === undefined ? {} : { "Content-Length": String(contentLength) }),
    });
    res.write('{"error":[],"result":"');
    const pump = () => {
      while (!done && queued < total) {
        queued += chunk.byteLength;
        const ok = res.write(chunk, (err) => {
          if (!err) written += chunk.byteLength;
        });
        if (!ok) {
          res.once("drain", pump);
          return;
        }
      }
      if (!done && queued >= total) res.end('"}', finish);
    };
    pump();
  });
}
