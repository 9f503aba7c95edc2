import type { Finding } from "../finding.js";

/** Claude Code cannot install from a marketplace whose name has spaces or characters outside a-z, 0-9, ".", "_", "-". */
export function marketplaceNameRule(marketplace: { name?: unknown }): Finding[] {
  const name = marketplace.name;
  if (typeof name !== "string") return [];
  const reason =
    name.trim() === ""
      ? "it is empty"
      : /\s/.test(name)
        ? "it contains whitespace"
        : !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)
          ? 'only letters, digits, ".", "_" and "-" are allowed, starting with a letter or digit'
          : undefined;
  return reason ? [{ code: "MARKETPLACE_NAME_INVALID", path: ["name"], args: { actual: JSON.stringify(name), reason } }] : [];
}
