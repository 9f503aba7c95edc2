import { validatePath } from "../../validate/path.js";
import { nodeValidateFs, type ValidateFs } from "../../validate/fs.js";
import { join } from "node:path";
import { counted } from "../../diagnostics/define.js";
import { installError, type InstallError } from "../errors.js";
import { isErrno, type InstallFs } from "../io/fs.js";
import type { Plan } from "./plan.js";

/**
 * The plugin folder's validation errors, as Claude Code would meet them. With a plan, the folder is
 * checked as it will be after applying it (planned contents laid over the disk), so an install that
 * would break the plugin is refused before anything is written.
 */
export async function pluginProblem(root: string, options: { plan?: Plan; written?: boolean; fs?: InstallFs } = {}): Promise<InstallError | undefined> {
  const { plan, written = false } = options;
  const overlay = new Map<string, string>();
  for (const file of plan?.files ?? []) overlay.set(file.target, file.content.toString("utf8"));
  for (const edit of plan?.edits ?? []) overlay.set(edit.target, edit.content.toString("utf8"));
  const disk = options.fs ? validateFsOf(options.fs) : nodeValidateFs;
  const fs: ValidateFs = overlay.size === 0 ? disk : overlayFs(overlay, disk);
  const result = await validatePath([root], { cwd: root, fs });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return undefined;
  const error = installError("INSTALL_PLUGIN_DIR_INVALID", {
    path: root,
    why: `${counted(errors.length, "validation error")} ${written ? "after writing this install" : plan ? "after this install" : "already before installing"}`,
  });
  error.details = errors.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.code} ${d.message}`);
  return error;
}

/** The installer's file access, as the validator asks for it (so a test's injected fs is the one read). */
export function validateFsOf(fs: InstallFs): ValidateFs {
  return {
    kind: async (path) => {
      try {
        const stats = await fs.stat(path);
        return stats.isFile() ? "file" : stats.isDirectory() ? "directory" : "other";
      } catch (error) {
        if (isErrno(error, "ENOENT", "ENOTDIR")) return "missing";
        throw error;
      }
    },
    readText: async (path) => (await fs.readFile(path)).toString("utf8"),
    list: async (path) => {
      const names = await fs.readdir(path);
      // lstat, as a directory listing sees entries: a symlink is neither a file nor a folder there.
      const kinds = await Promise.all(names.map((name) => fs.lstat(join(path, name)).catch(() => undefined)));
      return names.map((name, index) => {
        const stats = kinds[index];
        return { name, kind: stats?.isFile() ? "file" : stats?.isDirectory() ? "directory" : "other" };
      });
    },
  };
}

function overlayFs(files: Map<string, string>, disk: ValidateFs): ValidateFs {
  const dirs = new Set<string>();
  for (const path of files.keys()) {
    for (let dir = path.slice(0, path.lastIndexOf("/")); dir.length > 1; dir = dir.slice(0, dir.lastIndexOf("/"))) dirs.add(dir);
  }
  return {
    kind: async (path) => (files.has(path) ? "file" : (await disk.kind(path)) === "missing" && dirs.has(path) ? "directory" : disk.kind(path)),
    readText: async (path) => files.get(path) ?? disk.readText(path),
    list: async (path) => {
      const listed = (await disk.kind(path)) === "directory" ? await disk.list(path) : [];
      const names = new Set(listed.map((entry) => entry.name));
      for (const file of files.keys()) {
        if (file.startsWith(`${path}/`)) {
          const rest = file.slice(path.length + 1);
          const name = rest.split("/")[0] as string;
          if (!names.has(name)) {
            listed.push({ name, kind: rest.includes("/") ? "directory" : "file" });
            names.add(name);
          }
        }
      }
      return listed;
    },
  };
}
