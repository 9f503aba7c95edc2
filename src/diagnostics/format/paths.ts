import { isAbsolute, relative, sep } from "node:path";

/** A path as shown to the user: relative to `cwd` when inside it, always with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const shown = isAbsolute(file) ? relative(cwd, file) : file;
  const inside = shown !== "" && !shown.startsWith("..") && !isAbsolute(shown);
  return (inside ? shown : shown === "" ? "." : file).split(sep).join("/");
}
