import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = /\n## Architecture\n([\s\S]*?)(?=\n## |$)/.exec(readme)?.[1] ?? "";

const folders = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}/`)
    .sort();

/** The folders the section's tables name, in their first column. */
const named = (prefix: string): string[] =>
  [...section.matchAll(/^\| `([^`]+\/)` \| (.+) \|$/gm)]
    .map((match) => match[1] as string)
    .filter((folder) => folder.startsWith(prefix) && folder.slice(prefix.length).split("/").length === 2)
    .sort();

// The README's Architecture section names each folder of src/ (and each room of the installer) with its one
// job: a folder added, moved or removed without saying so fails here.
describe("README: Architecture", () => {
  it("names every folder of src/, and no other", () => {
    expect(named("src/")).toEqual(folders("src"));
  });

  it("names every room of src/install/, and no other", () => {
    expect(named("src/install/")).toEqual(folders("src/install"));
  });
});
