/**
 * The demo's terminal output: redrawn in place with ANSI cursor movement on a TTY, compact periodic
 * snapshots (no escape codes) anywhere else.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
// @ts-expect-error: a plain .mjs module of the examples (no type declarations)
import { createScreen } from "../../examples/demo/screen.mjs";

interface Screen {
  log(line: string): void;
  show(panel: { full: () => string[]; compact: () => string }): void;
  stop(): void;
}

let written: string[];
beforeEach(() => {
  vi.useFakeTimers();
  written = [];
});
afterEach(() => vi.useRealTimers());

const panel = (n: { v: number }) => ({
  full: () => ["book", `level ${n.v}`, "stats"],
  compact: () => `compact ${n.v}`,
});

describe("demo screen", () => {
  it("on a TTY redraws the panel in place and keeps log lines above it", () => {
    const screen = createScreen({
      tty: true,
      redrawMs: 100,
      write: (t: string) => written.push(t),
    }) as Screen;
    const n = { v: 1 };
    screen.show(panel(n));
    expect(written.join("")).toBe("book\nlevel 1\nstats\n");
    n.v = 2;
    vi.advanceTimersByTime(100);
    // Cursor up over the 3 panel lines, erase to the end of the screen, draw again.
    expect(written.slice(1).join("")).toBe("\x1b[3A\x1b[0Jbook\nlevel 2\nstats\n");
    written = [];
    screen.log("order placed");
    expect(written.join("")).toBe("\x1b[3A\x1b[0Jorder placed\nbook\nlevel 2\nstats\n");
    written = [];
    vi.advanceTimersByTime(500);
    expect(written).toEqual([]); // nothing changed: nothing redrawn
    screen.stop();
    written = [];
    n.v = 3;
    vi.advanceTimersByTime(1000);
    expect(written).toEqual([]);
  });

  it("without a TTY prints a compact snapshot every snapshotMs and never an escape code", () => {
    const screen = createScreen({
      tty: false,
      snapshotMs: 2000,
      write: (t: string) => written.push(t),
    }) as Screen;
    const n = { v: 1 };
    screen.show(panel(n));
    screen.log("order placed");
    n.v = 2;
    vi.advanceTimersByTime(4000);
    screen.stop();
    expect(written.join("")).toBe("compact 1\norder placed\ncompact 2\ncompact 2\ncompact 2\n");
    expect(written.join("")).not.toContain("\x1b");
  });
});
