import { isAbsolute, join, normalize, relative, sep } from "node:path";

/**
 * Joins a relative posix path onto `root`, or answers undefined when it would leave `root`
 * (absolute, `..`, a backslash or an empty segment).
 */
export function resolveInside(root: string, relPath: string): string | undefined {
  if (relPath === "" || relPath.includes("\\") || relPath.includes("\0") || isAbsolute(relPath)) return undefined;
  const segments = relPath.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return undefined;
  const full = normalize(join(root, ...segments));
  const back = relative(root, full);
  return back.startsWith("..") || isAbsolute(back) || back === "" || back.split(sep).includes("..") ? undefined : full;
}
