import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** The files git holds unchanged since a ref, or why git could not say. */
export type SinceResult = { ok: true; isUnchanged: (file: string) => Promise<boolean> } | { ok: false; reason: string };

/**
 * Asks git which files are unchanged since `ref`: tracked at that commit and the same in the working tree now
 * (committed, staged or not). A file added or changed since, or untracked, is not unchanged. Never throws: no
 * git, no repository or no such commit is a reason.
 */
export async function unchangedSince(ref: string, cwd: string): Promise<SinceResult> {
  if (ref === "" || ref.startsWith("-")) return { ok: false, reason: `"${ref}" is not a git revision` };
  const top = await git(["rev-parse", "--show-toplevel"], cwd);
  if (!top.ok) return top;
  const root = top.out.trim();
  const commit = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], root);
  if (!commit.ok) return { ok: false, reason: `git knows no commit "${ref}" in ${root} (fetched with enough history?)` };
  const sha = commit.out.trim();
  const [tracked, changed] = await Promise.all([
    git(["ls-tree", "-r", "-z", "--name-only", "--full-tree", sha], root),
    git(["diff", "--name-only", "-z", "--no-renames", sha, "--"], root),
  ]);
  if (!tracked.ok) return tracked;
  if (!changed.ok) return changed;
  const differs = new Set(changed.out.split("\0").filter(Boolean));
  const unchanged = new Set(tracked.out.split("\0").filter((path) => path !== "" && !differs.has(path)));
  const realRoot = await realpath(root).catch(() => root);
  return {
    ok: true,
    isUnchanged: async (file) => {
      // git names paths from the repository's real root; the file may have been reached through a symlink.
      const real = join(await realpath(dirname(file)).catch(() => dirname(file)), file.slice(dirname(file).length + 1));
      const path = relative(realRoot, real);
      return !path.startsWith("..") && unchanged.has(path.split(sep).join("/"));
    },
  };
}

function git(args: readonly string[], cwd: string): Promise<{ ok: true; out: string } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, out: stdout });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return resolve({ ok: false, reason: "git is not installed or not on PATH" });
      const said = stderr.trim().split("\n")[0] ?? "";
      resolve({ ok: false, reason: said !== "" ? said.replace(/^fatal: /, "") : `git ${args[0]} failed` });
    });
  });
}
