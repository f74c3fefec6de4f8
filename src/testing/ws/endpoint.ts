/**
 * One simulated WebSocket endpoint (public, auth or level3): a `ws` server on 127.0.0.1 with an
 * ephemeral port that tracks its connections and hands every text frame to the router.
 */
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { type EndpointKind, WsConnection } from "./connection.js";

/** Callbacks an endpoint drives. */
export interface EndpointHandlers {
  onOpen(conn: WsConnection): void;
  onText(conn: WsConnection, text: string): void;
  onClose(conn: WsConnection): void;
}

let nextIndex = 1;

/** A listening endpoint. */
export class WsEndpoint {
  readonly connections = new Set<WsConnection>();
  /** Upgrade answer override (fault): an HTTP status to refuse new connections with. */
  refuseStatus: number | undefined;

  private constructor(
    readonly kind: EndpointKind,
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {}

  /** Starts listening on `host` (default 127.0.0.1) with an ephemeral port. */
  static async start(
    kind: EndpointKind,
    handlers: EndpointHandlers,
    host = "127.0.0.1",
  ): Promise<WsEndpoint> {
    let self: WsEndpoint | undefined;
    const server = new WebSocketServer({
      host,
      port: 0,
      path: "/v2",
      verifyClient: (_info, cb) => {
        const status = self?.refuseStatus;
        if (status !== undefined) cb(false, status);
        else cb(true);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
    const { port } = server.address() as AddressInfo;
    const endpoint = new WsEndpoint(kind, server, `ws://${host}:${port}/v2`);
    self = endpoint;
    server.on("connection", (socket) => {
      const conn = new WsConnection(socket, kind, nextIndex++);
      endpoint.connections.add(conn);
      socket.on("message", (data, isBinary) => {
        if (isBinary) return;
        handlers.onText(conn, data.toString());
      });
      socket.on("close", () => {
        endpoint.connections.delete(conn);
        conn.dispose();
        handlers.onClose(conn);
      });
      socket.on("error", () => {});
      handlers.onOpen(conn);
    });
    return endpoint;
  }

  /** Terminates every client and stops listening. */
  async close(): Promise<void> {
    for (const conn of this.connections) {
      conn.dispose();
      conn.socket.terminate();
    }
    this.connections.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
