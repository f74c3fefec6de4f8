/**
 * Terminal output of the demo. On a TTY a live panel (the order book) is redrawn in place with ANSI
 * cursor movement while log lines scroll above it; anywhere else (CI, pipes) log lines are printed as
 * they come and the panel is printed as a compact snapshot every couple of seconds.
 */

const ESC = "\x1b[";
const useColor = () => process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor() ? `${ESC}${code}m${text}${ESC}0m` : text);

/** Small colour helpers (no colour when piped or with NO_COLOR). */
export const c = {
  bold: (t) => paint("1", t),
  dim: (t) => paint("2", t),
  green: (t) => paint("32", t),
  red: (t) => paint("31", t),
  yellow: (t) => paint("33", t),
  cyan: (t) => paint("36", t),
};

/**
 * Creates the screen.
 * @param {{ tty?: boolean, redrawMs?: number, snapshotMs?: number, write?: (text: string) => void }} [options]
 */
export function createScreen({
  tty = Boolean(process.stdout.isTTY),
  redrawMs = 100,
  snapshotMs = 2000,
  write = (text) => process.stdout.write(text),
} = {}) {
  let panel = null; // { full: () => string[], compact: () => string }
  let drawn = 0; // lines of the panel currently on screen (TTY)
  let shown = ""; // text of the panel currently on screen (TTY)
  let timer;

  const out = write;
  const erasePanel = () => {
    if (drawn > 0) out(`${ESC}${drawn}A${ESC}0J`);
    drawn = 0;
  };
  const drawPanel = () => {
    if (!panel) return;
    const lines = panel.full();
    shown = lines.join("\n");
    out(`${shown}\n`);
    drawn = lines.length;
  };

  return {
    /** Prints a line that stays (above the live panel on a TTY). */
    log(line) {
      if (tty) {
        erasePanel();
        out(`${line}\n`);
        drawPanel();
      } else out(`${line}\n`);
    },
    /** Shows a live panel until {@link stop}. */
    show(next) {
      panel = next;
      clearInterval(timer);
      if (tty) {
        drawPanel();
        timer = setInterval(() => {
          if (panel.full().join("\n") === shown) return; // unchanged: no flicker
          erasePanel();
          drawPanel();
        }, redrawMs);
      } else {
        out(`${panel.compact()}\n`);
        timer = setInterval(() => out(`${panel.compact()}\n`), snapshotMs);
      }
      timer.unref?.();
    },
    /** Stops redrawing; the last state of the panel stays on screen (TTY) or is printed once more. */
    stop() {
      clearInterval(timer);
      if (!panel) return;
      if (tty) {
        erasePanel();
        drawPanel();
      } else out(`${panel.compact()}\n`);
      panel = null;
      drawn = 0;
    },
  };
}
