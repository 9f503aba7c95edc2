import { basename } from "node:path";
import { addActivationHooks, removeActivationHooks } from "./settings.js";
import { unifiedDiff } from "./diff.js";
import { appendItem, detectStyle, jsonTree, member, removeItem, type JsonObjectNode } from "../../parse/json-edit.js";
import { fail, installError, ok, type Result } from "../errors.js";
import { errnoCode, lstatOrUndefined, readOrUndefined, type InstallFs } from "../io/fs.js";
import { AGENT_FILE, EDIT_PATHS, hookTargetPath, type EditKind, type HookScript } from "../layout/names.js";
import { resolveInside } from "../layout/paths.js";
import type { Target } from "../layout/target.js";

/**
 * A planned change to a file we do not own but must change a little (see EDIT_PATHS): we merge in, back
 * up first, and take out exactly what we added on uninstall.
 */
export interface PlannedEdit {
  kind: EditKind;
  /** Relative to the scope root. */
  path: string;
  target: string;
  action: "edit" | "unchanged";
  /** The file now (undefined: it does not exist yet). */
  before: Buffer | undefined;
  content: Buffer;
  diff: string;
  /** Uninstall only: the file is removed instead of written (it held nothing but our part). */
  remove?: boolean;
}

type Transform = (text: string | undefined) => Result<string>;

/** The transform that adds our part to a file of this kind, for this target. */
export function addTransform(kind: EditKind, target: Target): Transform {
  if (kind === "plugin-manifest") return (text) => editManifest(text ?? "", "add");
  return (text) => settingsResult(addActivationHooks(text ?? "", { scriptFor: (hook) => hookScriptArgument(target, hook) }), text);
}

/**
 * The script argument of one hook entry (exec form: node gets it as one argument, no shell reads it). A
 * project's settings.json is committed and cloned elsewhere, so project hooks name the project through
 * `${CLAUDE_PROJECT_DIR}`, which Claude Code substitutes in each argument; the user scope (a HOME does not
 * move) keeps its absolute path.
 */
export function hookScriptArgument(target: Target, hook: HookScript): string {
  if (target.kind === "project") return `\${CLAUDE_PROJECT_DIR}/${basename(target.root)}/${hookTargetPath(hook)}`;
  return resolveInside(target.root, hookTargetPath(hook)) as string;
}

/** The transform that takes our part out again. */
export function removeTransform(kind: EditKind): Transform {
  if (kind === "plugin-manifest") return (text) => editManifest(text ?? "", "remove");
  return (text) => (text === undefined ? ok("") : settingsResult(removeActivationHooks(text), text));
}

function settingsResult(edit: ReturnType<typeof removeActivationHooks>, before: string | undefined): Result<string> {
  if (!edit.ok) return fail(installError("INSTALL_SETTINGS_INVALID", edit.args));
  return ok(edit.changed ? edit.text : (before ?? edit.text));
}

const OUR_AGENT_ENTRY = `./${AGENT_FILE}`;

/**
 * Adds or removes `./agents/backend-architect.md` in an explicit `agents` list; no key, no change. The
 * entry goes in (and comes out) as a minimal text edit, so plugin.json keeps its formatting byte for byte.
 */
function editManifest(text: string, how: "add" | "remove"): Result<string> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return fail(installError("INSTALL_PLUGIN_DIR_INVALID", { path: EDIT_PATHS["plugin-manifest"], why: "plugin.json is not JSON" }));
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    return fail(installError("INSTALL_PLUGIN_DIR_INVALID", { path: EDIT_PATHS["plugin-manifest"], why: "plugin.json is not an object" }));
  }
  const object = manifest as Record<string, unknown>;
  if (!("agents" in object)) return ok(text);
  const list = (Array.isArray(object["agents"]) ? object["agents"] : [object["agents"]]) as unknown[];
  const has = list.includes(OUR_AGENT_ENTRY);
  if (how === "add" && has) return ok(text);
  if (how === "remove" && !has) return ok(text);
  object["agents"] = how === "add" ? [...list, OUR_AGENT_ENTRY] : list.filter((entry) => entry !== OUR_AGENT_ENTRY);
  const edited = editAgentsText(text, how);
  if (edited !== undefined && JSON.stringify(JSON.parse(edited)) === JSON.stringify(object)) return ok(edited);
  // Not an edit the text allows (a single string value, say): the whole file in its indentation.
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? 2;
  return ok(`${JSON.stringify(object, null, indent)}\n`);
}

function editAgentsText(text: string, how: "add" | "remove"): string | undefined {
  const root = jsonTree(text);
  if (root?.type !== "object") return undefined;
  const list = member(root, "agents")?.value;
  if (list?.type !== "array") return undefined;
  if (how === "add") return appendItem(text, list, detectStyle(text, root), OUR_AGENT_ENTRY);
  const entries = list.items.map((item) => text.slice(item.start, item.end));
  let current = text;
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const item = list.items[index];
    if (item?.type === "scalar" && JSON.parse(entries[index] as string) === OUR_AGENT_ENTRY) {
      const fresh = member(jsonTree(current) as JsonObjectNode, "agents")?.value;
      if (fresh?.type !== "array") return undefined;
      current = removeItem(current, fresh, index);
    }
  }
  return current;
}

/** Reads the file and computes the edit; a symlinked file is refused like any install target. */
export async function planEdit(fs: InstallFs, target: Target, kind: EditKind, transform: Transform): Promise<Result<PlannedEdit>> {
  const path = EDIT_PATHS[kind];
  const absolute = resolveInside(target.root, path) as string;
  let before: Buffer | undefined;
  try {
    if ((await lstatOrUndefined(fs, absolute))?.isSymbolicLink()) return fail(installError("INSTALL_TARGET_SYMLINK", { path: absolute }));
    before = await readOrUndefined(fs, absolute);
  } catch (error) {
    return fail(installError("INSTALL_READ_FAILED", { path: absolute, errno: errnoCode(error) }));
  }
  const beforeText = before?.toString("utf8");
  const after = transform(beforeText);
  if (!after.ok) return fail({ ...after.error, path: absolute });
  const unchanged = after.value === beforeText || (before === undefined && after.value === "");
  const diff = unchanged ? "" : unifiedDiff(beforeText ?? "", after.value, `${path} (now)`, `${path} (after)`);
  return ok({ kind, path, target: absolute, action: unchanged ? "unchanged" : "edit", before, content: Buffer.from(after.value, "utf8"), diff });
}
