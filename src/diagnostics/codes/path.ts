import { code, family } from "../define.js";

/** Codes about the paths given to `validate` and `inspect` themselves. These make them exit 2. */
export const pathCodes = family("path", {
  PATH_NOT_FOUND: code({
    severity: "error",
    title: "Path not found",
    message: () => "This path does not exist, so there is nothing to check.",
    hint: () => "Check the path; validate takes agent files, agent folders, plugin folders, marketplaces or projects, and inspect takes one agent file.",
  }),
  PATH_UNREADABLE: code({
    severity: "error",
    title: "Path unreadable",
    message: (a: { reason: string }) => `This path could not be read (${a.reason}).`,
    hint: () => "Check the file's permissions and that it is a regular file.",
  }),
  PATH_NOTHING_TO_VALIDATE: code({
    severity: "warning",
    title: "Nothing to validate",
    message: () => "This path is not, and does not hold, an agent file (.md), a plugin or a marketplace, so nothing was checked.",
    hint: () =>
      "Point validate at an agent file, a folder of agents, a plugin folder (.claude-plugin/plugin.json), a marketplace, or a project with .claude/agents.",
  }),
});
