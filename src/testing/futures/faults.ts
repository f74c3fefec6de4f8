/**
 * Fault injection of the Derivatives venue (`sim.faults.futures`): the Spot REST faults (delay,
 * reject with any error code, drop before or after applying, bare HTTP status, rate limit), scoped by
 * operationId (`sendOrder`) or Kraken's path name (`sendorder`) and API key, plus maintenance.
 */
import { RestFaults } from "../rest/faults.js";

/** Derivatives faults. `reject("apiLimitExceeded")` answers `{"result":"error","error":"apiLimitExceeded"}`. */
export class FuturesFaults extends RestFaults {
  #maintenance = false;

  /**
   * Puts the venue in (or out of) maintenance: every Derivatives request answers HTTP 503 with
   * `{"result":"error","error":"Unavailable"}` until it ends.
   */
  maintenance(on = true): void {
    this.#maintenance = on;
  }

  /** Whether maintenance is on. */
  get inMaintenance(): boolean {
    return this.#maintenance;
  }

  /** Removes every Derivatives fault and ends maintenance. */
  override clear(): void {
    super.clear();
    this.#maintenance = false;
  }
}
