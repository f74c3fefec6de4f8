/**
 * Named one-shot timers. Every timer the client owns goes through one of these, so `clearAll()` on
 * close leaves nothing behind and tests can count what is pending (`size`).
 */
export class Timers {
  #timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** (Re)starts timer `name`; an existing timer of that name is replaced. */
  set(name: string, ms: number, fn: () => void): void {
    this.clear(name);
    const t = setTimeout(() => {
      this.#timers.delete(name);
      fn();
    }, ms);
    this.#timers.set(name, t);
  }

  /** Whether timer `name` is pending. */
  has(name: string): boolean {
    return this.#timers.has(name);
  }

  /** Cancels timer `name` if pending. */
  clear(name: string): void {
    const t = this.#timers.get(name);
    if (t !== undefined) {
      clearTimeout(t);
      this.#timers.delete(name);
    }
  }

  /** Cancels every timer whose name starts with `prefix` (all when omitted). */
  clearAll(prefix = ""): void {
    for (const [name, t] of this.#timers) {
      if (name.startsWith(prefix)) {
        clearTimeout(t);
        this.#timers.delete(name);
      }
    }
  }

  /** Number of pending timers. */
  get size(): number {
    return this.#timers.size;
  }
}
