import type { Connection, ConnectionName } from "../connection/connection.js";
import type { RequestTracker } from "./requests.js";

/** One socket with its request tracker and a queue that serialises subscription changes on it. */
export interface Link {
  readonly name: ConnectionName;
  readonly conn: Connection;
  readonly requests: RequestTracker;
  queue: Promise<unknown>;
  /** Incremented on every open: an entry acknowledged in an older epoch must be replayed. */
  epoch: number;
  /** Aborted when the socket is lost, so paced replays stop waiting. */
  alive: AbortController;
}
