// Type-checks small snippets that use the BUILT package (dist/index.d.ts) the way an editor does, through
// a TypeScript language service under --strict: hovers (quick info) and compiler errors.
import path from "node:path";
import ts from "typescript";
import { ROOT } from "../../package/package-helpers.js";

const OPTIONS: ts.CompilerOptions = {
  noUncheckedIndexedAccess: true,
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  noEmit: true,
  skipLibCheck: true,
};
const SNIPPET = path.join(ROOT, "test", "rest", "helpers", "__snippet.ts");

/** A language service over one in-memory snippet that imports the built package types. */
function service(code: string): ts.LanguageService {
  const files = new Map([[SNIPPET, code]]);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [SNIPPET],
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => {
      const text = files.get(f) ?? (ts.sys.fileExists(f) ? ts.sys.readFile(f) : undefined);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => OPTIONS,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => files.has(f) || ts.sys.fileExists(f),
    readFile: (f) => files.get(f) ?? ts.sys.readFile(f),
  };
  return ts.createLanguageService(host);
}

const header = `import { KrakenRest } from "../../../dist/index.js";\nconst rest = new KrakenRest();\n`;

/** What an editor shows on hovering the first `marker` in `code`: signature, doc and tags. */
export function hover(code: string, marker: string): string {
  const ls = service(header + code);
  const at = (header + code).indexOf(marker);
  const info = ls.getQuickInfoAtPosition(SNIPPET, at);
  if (!info) throw new Error(`no quick info at ${marker}`);
  const doc = ts.displayPartsToString(info.documentation);
  const tags = (info.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`).join("\n");
  return `${ts.displayPartsToString(info.displayParts)}\n${doc}\n${tags}`;
}

/** The compiler errors of `code`, one flattened message each, in order. */
export function diagnostics(code: string): string[] {
  const ls = service(header + code);
  return [...ls.getSemanticDiagnostics(SNIPPET), ...ls.getSyntacticDiagnostics(SNIPPET)].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  );
}
