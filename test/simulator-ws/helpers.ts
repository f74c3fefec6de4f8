/** Raw `ws` test client for the simulator: collects every frame text and waits for matches. */
import WebSocket from "ws";
import { Exchange, type ExchangeOptions } from "../../src/testing/exchange/index.js";
import { startWsServers, type WsServerOptions, type WsServers } from "../../src/testing/ws/index.js";

/** A connected raw client. */
export class RawClient {
  readonly frames: string[] = [];
  #waiters: Array<() => void> = [];
  closeCode: number | undefined;
  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      this.frames.push(data.toString());
      for (const w of this.#waiters.splice(0)) w();
    });
    socket.on("close", (code) => {
      this.closeCode = code;
      for (const w of this.#waiters.splice(0)) w();
    });
  }

  static async connect(url: string): Promise<RawClient> {
    const socket = new WebSocket(url);
    const client = new RawClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    return client;
  }

  send(msg: unknown): void {
    this.socket.send(typeof msg === "string" ? msg : JSON.stringify(msg));
  }

  /** Parsed frames (JSON.parse; fine for shape checks, never for money values). */
  parsed(): Array<Record<string, unknown>> {
    return this.frames.map((f) => {
      try {
        return JSON.parse(f) as Record<string, unknown>;
      } catch {
        return { __malformed: f };
      }
    });
  }

  /** Waits until `pred` holds for some frame after index `from`; returns that frame (parsed). */
  async waitFor(
    pred: (m: Record<string, unknown>, text: string) => boolean,
    timeoutMs = 3000,
    from = 0,
  ): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let i = from; i < this.frames.length; i++) {
        const text = this.frames[i]!;
        let m: Record<string, unknown>;
        try {
          m = JSON.parse(text) as Record<string, unknown>;
        } catch {
          m = { __malformed: text };
        }
        if (pred(m, text)) return m;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timeout waiting; frames: ${this.frames.slice(-5).join("\n")}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits until `n` frames matching `pred` exist. */
  async waitCount(pred: (m: Record<string, unknown>) => boolean, n: number, timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.parsed().filter(pred).length < n) {
      if (Date.now() > deadline)
        throw new Error(`timeout waiting for ${n} frames; last: ${this.frames.slice(-3).join("\n")}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async closed(timeoutMs = 3000): Promise<number> {
    if (this.closeCode !== undefined) return this.closeCode;
    await this.waitFor(() => this.closeCode !== undefined, timeoutMs).catch(() => undefined);
    return this.closeCode ?? -1;
  }

  close(): void {
    this.socket.terminate();
  }
}

/** A started exchange + WS servers, and every client opened through it. */
export interface Sim {
  readonly exchange: Exchange;
  readonly ws: WsServers;
  connect(which?: "public" | "auth" | "level3"): Promise<RawClient>;
  token(accountId?: string): string;
  close(): Promise<void>;
}

export async function startSim(
  options: { exchange?: ExchangeOptions; ws?: WsServerOptions } = {},
): Promise<Sim> {
  const exchange = new Exchange({ seed: 7, seedLevels: 15, ...options.exchange });
  const ws = await startWsServers({ exchange, options: { heartbeatIntervalMs: 100, ...options.ws } });
  const clients: RawClient[] = [];
  return {
    exchange,
    ws,
    async connect(which = "public") {
      const url = which === "public" ? ws.wsUrl : which === "auth" ? ws.wsAuthUrl : ws.wsL3Url;
      const c = await RawClient.connect(url);
      clients.push(c);
      return c;
    },
    token(accountId = "demo") {
      return exchange.tokens.issue(accountId, "test-key").token;
    },
    async close() {
      for (const c of clients) c.close();
      await ws.close();
      exchange.close();
    },
  };
}

export const isMethod = (method: string) => (m: Record<string, unknown>) => m.method === method;
export const isChannel = (channel: string, type?: string) => (m: Record<string, unknown>) =>
  m.channel === channel && (type === undefined || m.type === type);
