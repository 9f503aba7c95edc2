import type { Finding } from "../finding.js";

const REFUSED: readonly [RegExp, string][] = [
  [/^\s*$/, "it is empty"],
  [/\s/, "it contains whitespace"],
  [/@/, 'it contains "@"'],
  [/:/, 'it contains ":"'],
  [/[/\\]/, "it contains a slash"],
];

/** Claude Code refuses names with spaces, `@`, `:` or slashes; anything else not kebab-case loads but may not install. */
export function pluginNameRule(manifest: { name?: unknown }): Finding[] {
  const name = manifest.name;
  if (typeof name !== "string") return [];
  const refused = REFUSED.find(([pattern]) => pattern.test(name));
  if (refused) {
    return [{ code: "PLUGIN_NAME_INVALID", path: ["name"], args: { actual: JSON.stringify(name), reason: refused[1] } }];
  }
  if (isKebabCase(name)) return [];
  return [{ code: "PLUGIN_NAME_NOT_KEBAB_CASE", path: ["name"], args: { name, suggestion: toKebabCase(name) } }];
}

export function isKebabCase(name: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(name);
}

export function toKebabCase(name: string): string {
  const kebab = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return kebab === "" ? "my-plugin" : kebab;
}
