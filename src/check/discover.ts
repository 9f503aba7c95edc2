import { basename, dirname, extname, join } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { ioReason, type ValidateFs } from "../validate/fs.js";
import { checkDiagnostic, FILE_START } from "./diagnostic.js";
import { sequenceRoot, UNIT_FOLDER_FILES } from "./sql/layout.js";

/** What the given paths hold that `check` knows how to check. */
export interface Discovery {
  /** .sql files by the sequence they belong to (a folder, or a file given on its own), each list sorted. */
  sequences: Map<string, string[]>;
  /** YAML and JSON files that may be OpenAPI documents, and whether each was named on its own. */
  documents: { file: string; explicit: boolean }[];
  problems: Diagnostic[];
}

const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "dist", "build", "coverage", "target", "vendor"]);
const DOCUMENT_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/** Walks the given (absolute) paths. Never throws: a missing or unreadable path is a problem. */
export async function discover(targets: readonly string[], fs: ValidateFs): Promise<Discovery> {
  const found: Discovery = { sequences: new Map(), documents: [], problems: [] };
  const addSql = (root: string, file: string) => {
    const list = found.sequences.get(root) ?? [];
    if (!list.includes(file)) list.push(file);
    found.sequences.set(root, list);
  };
  const walk = async (folder: string): Promise<number> => {
    let entries: { name: string; kind: string }[];
    try {
      entries = await fs.list(folder);
    } catch (error) {
      found.problems.push(checkDiagnostic("CHECK_PATH_UNREADABLE", folder, FILE_START, { reason: ioReason(error) }));
      return 0;
    }
    let count = 0;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.kind === "directory" && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith(".")) count += await walk(path);
      if (entry.kind !== "file") continue;
      const extension = extname(entry.name).toLowerCase();
      if (extension === ".sql") {
        addSql(sequenceRoot(path), path);
        count++;
      } else if (DOCUMENT_EXTENSIONS.has(extension) && !entry.name.endsWith("package.json") && !entry.name.endsWith("-lock.json")) {
        found.documents.push({ file: path, explicit: false });
        count++;
      }
    }
    return count;
  };
  for (const target of targets) {
    let kind: Awaited<ReturnType<ValidateFs["kind"]>>;
    try {
      kind = await fs.kind(target);
    } catch (error) {
      found.problems.push(checkDiagnostic("CHECK_PATH_UNREADABLE", target, FILE_START, { reason: ioReason(error) }));
      continue;
    }
    if (kind === "missing") found.problems.push(checkDiagnostic("CHECK_PATH_NOT_FOUND", target, FILE_START, {}));
    else if (kind === "directory") {
      if ((await walk(target)) === 0) found.problems.push(checkDiagnostic("CHECK_NOTHING_TO_CHECK", target, FILE_START, {}));
    } else if (kind !== "file") {
      found.problems.push(checkDiagnostic("CHECK_PATH_UNREADABLE", target, FILE_START, { reason: "not a regular file" }));
    } else if (extname(target).toLowerCase() === ".sql") {
      // A file named on its own is checked on its own: only the tables it creates count as new.
      addSql(target, target);
    } else if (DOCUMENT_EXTENSIONS.has(extname(target).toLowerCase())) {
      found.documents.push({ file: target, explicit: true });
    } else {
      found.problems.push(checkDiagnostic("CHECK_NOTHING_TO_CHECK", target, FILE_START, {}));
    }
  }
  separateLooseScripts(found.sequences);
  for (const list of found.sequences.values()) list.sort();
  return found;
}

/**
 * diesel and Prisma read only their unit folders (`<name>/up.sql`, `<name>/migration.sql`): a .sql file lying
 * beside those folders is not one of their migrations, so it is checked on its own, as if it were named alone.
 */
function separateLooseScripts(sequences: Map<string, string[]>): void {
  for (const [root, list] of [...sequences]) {
    if (!list.some((file) => UNIT_FOLDER_FILES.has(basename(file)) && dirname(dirname(file)) === root)) continue;
    const loose = list.filter((file) => dirname(file) === root);
    if (loose.length === 0) continue;
    sequences.set(root, list.filter((file) => dirname(file) !== root));
    for (const file of loose) sequences.set(file, [file]);
  }
}
