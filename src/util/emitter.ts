/** Listener function for an event whose payload type is `T`. */
export type Listener<T> = (payload: T) => void;

/**
 * A small typed event emitter (no Node `events` dependency, so it runs in every runtime).
 * A listener that throws does not stop the others; the error is reported through `onListenerError`.
 */
export class Emitter<Events extends { [K in keyof Events]: unknown }> {
  // Each event's listeners as an array that is replaced, never changed, when a listener is added or
  // removed: `emit` iterates the array it found without copying it (one emit per book update), and a
  // listener added or removed during an emit takes effect from the next one.
  #listeners = new Map<keyof Events, ReadonlyArray<Listener<never>>>();

  /** `onListenerError` receives what a listener throws (a logger, never a rethrow: that would crash). */
  constructor(private readonly onListenerError: (error: unknown) => void) {}

  /** Adds a listener (once: adding the same function again changes nothing); returns a function that removes it. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const list = this.#listeners.get(event) ?? [];
    if (!list.includes(listener as Listener<never>))
      this.#listeners.set(event, [...list, listener as Listener<never>]);
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
    const rest = this.#listeners.get(event)?.filter((l) => l !== listener);
    if (rest?.length) this.#listeners.set(event, rest);
    else this.#listeners.delete(event);
  }

  /** Calls every listener of `event` with `payload`; returns whether any listener was called. */
  emit<K extends keyof Events>(event: K, payload: Events[K]): boolean {
    const list = this.#listeners.get(event);
    if (!list) return false;
    for (let i = 0; i < list.length; i++) {
      try {
        (list[i] as Listener<Events[K]>)(payload);
      } catch (error) {
        this.onListenerError(error);
      }
    }
    return true;
  }

  /** Number of listeners for `event`, or for all events when omitted (used by leak tests). */
  listenerCount(event?: keyof Events): number {
    if (event !== undefined) return this.#listeners.get(event)?.length ?? 0;
    let n = 0;
    for (const list of this.#listeners.values()) n += list.length;
    return n;
  }

  /** Removes every listener. */
  removeAllListeners(): void {
    this.#listeners.clear();
  }
}
