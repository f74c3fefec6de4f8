// Issue 7: the API reference documents every export of "." and "./books" with a summary and an example.
// Reads the TSDoc of each export of src/index.ts and src/books.ts through the TypeScript compiler (the
// same comments TypeDoc shows).
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./package-helpers.js";

function exportDocs(file: string): Array<{ name: string; summary: boolean; example: boolean }> {
  const entry = path.join(ROOT, file);
  const program = ts.createProgram([entry], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry) as ts.SourceFile;
  const module = checker.getSymbolAtLocation(source) as ts.Symbol;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return {
      name: exported.name,
      summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim().length > 0,
      example: symbol.getJsDocTags(checker).some((tag) => tag.name === "example"),
    };
  });
}

describe.each([
  ["src/index.ts", 100],
  ["src/books.ts", 9],
])("API reference: every export of %s", (file, atLeast) => {
  const docs = exportDocs(file);

  it("there are exports to check (the entry point was read)", () => {
    expect(docs.length).toBeGreaterThanOrEqual(atLeast);
  });

  it("has a TSDoc summary", () => {
    expect(docs.filter((d) => !d.summary).map((d) => d.name)).toEqual([]);
  });

  it("has an @example", () => {
    expect(docs.filter((d) => !d.example).map((d) => d.name)).toEqual([]);
  });
});
