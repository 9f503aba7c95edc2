import type { Node } from "libpg-query";
import type { Position } from "../../diagnostics/types.js";
import { SourceIndex } from "./source-index.js";

/** One top-level statement, with its extent in UTF-8 bytes of the file's text. */
export interface SqlStatement {
  node: Node;
  /** Byte offset of its first token. */
  start: number;
  /** Byte offset just past its last character (before the `;`). */
  end: number;
}

export type ParsedSql =
  | { ok: true; source: SourceIndex; statements: SqlStatement[] }
  | { ok: false; source: SourceIndex; error: { message: string; position: Position } };

/** The Postgres parser, loaded (its WebAssembly compiled) once. */
export interface SqlParser {
  parse(text: string): ParsedSql;
  /** Where each token of a text that parsed starts and ends, in UTF-8 bytes, in order. */
  tokens(text: string): { start: number; end: number }[];
}

interface ParserModule {
  loadModule(): Promise<void>;
  parseSync(query: string): { stmts?: { stmt?: Node; stmt_location?: number; stmt_len?: number }[] };
  scanSync(query: string): { tokens: { start: number; end: number }[] };
}

let loading: Promise<SqlParser> | undefined;

/**
 * Loads libpg-query (Postgres 18's own parser, compiled to WebAssembly) on first use only: importing it
 * compiles 1.7 MB of wasm, which nothing but a .sql file should pay for.
 */
export function loadSqlParser(): Promise<SqlParser> {
  loading ??= (async () => {
    const module = (await import("libpg-query")) as ParserModule;
    await module.loadModule();
    return {
      parse: (text: string) => parseWith(module, text),
      tokens: (text: string) => {
        try {
          return module.scanSync(text).tokens.map(({ start, end }) => ({ start, end }));
        } catch {
          return [];
        }
      },
    };
  })();
  return loading;
}

/** Never throws on user input: a syntax error is a result with the parser's own position. */
function parseWith(module: ParserModule, text: string): ParsedSql {
  const source = new SourceIndex(text);
  // The parser refuses an empty string; a file of only blanks and comments holds no statement either way.
  if (text.trim() === "") return { ok: true, source, statements: [] };
  let result: ReturnType<ParserModule["parseSync"]>;
  try {
    result = module.parseSync(text);
  } catch (error) {
    const details = (error as { sqlDetails?: { message?: string; cursorPosition?: number } }).sqlDetails;
    const message = details?.message ?? (error instanceof Error ? error.message : String(error));
    // The error cursor counts characters, not bytes (unlike node locations).
    const position = source.fromChar(typeof details?.cursorPosition === "number" && details.cursorPosition >= 0 ? details.cursorPosition : 0);
    return { ok: false, source, error: { message, position } };
  }
  const statements: SqlStatement[] = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    // stmt_location is left out when 0, stmt_len when the statement runs to the end of the text.
    const start = raw.stmt_location ?? 0;
    const end = raw.stmt_len === undefined || raw.stmt_len === 0 ? source.bytes.length : start + raw.stmt_len;
    statements.push({ node: raw.stmt, start, end: trimEnd(source, start, end) });
  }
  return { ok: true, source, statements };
}

/** Drops trailing blanks so a statement's range ends on its last character. */
function trimEnd(source: SourceIndex, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(String.fromCharCode(source.bytes[last - 1] ?? 0))) last--;
  return last;
}
