/** Listener function for an event whose payload type is `T`. */
export type Listener<T> = (payload: T) => void;

/**
 * A small typed event emitter (no Node `events` dependency, so it runs in every runtime).
 * A listener that throws does not stop the others; the error is reported through `onListenerError`.
 */
export class Emitter<Events extends { [K in keyof Events]: unknown }> {
  #listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** `onListenerError` receives what a listener throws (a logger, never a rethrow: that would crash). */
  constructor(private readonly onListenerError: (error: unknown) => void) {}

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }

  /** Adds a listener that is removed after its first call. */
  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const off = this.on(event, (payload) => {
      off();
      listener(payload);
    });
    return off;
  }

  /** Removes a listener. */
  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    const set = this.#listeners.get(event);
    set?.delete(listener as Listener<never>);
    if (set && set.size === 0) this.#listeners.delete(event);
  }

  /** Calls every listener of `event` with `payload`; returns whether any listener was called. */
  emit<K extends keyof Events>(event: K, payload: Events[K]): boolean {
    const set = this.#listeners.get(event);
    if (!set) return false;
    for (const listener of [...set]) {
      try {
        (listener as Listener<Events[K]>)(payload);
      } catch (error) {
        this.onListenerError(error);
      }
    }
    return true;
  }

  /** Whether `event` has a listener (lets a hot path skip building a payload nobody receives). */
  has(event: keyof Events): boolean {
    return this.#listeners.has(event);
  }

  /** Number of listeners for `event`, or for all events when omitted (used by leak tests). */
  listenerCount(event?: keyof Events): number {
    if (event !== undefined) return this.#listeners.get(event)?.size ?? 0;
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  /** Removes every listener. */
  removeAllListeners(): void {
    this.#listeners.clear();
  }
}
