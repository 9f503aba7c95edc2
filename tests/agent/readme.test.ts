import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readAgent, repoRoot } from "./agent-file.js";

// The README's install and invocation lines must name what the manifests and the agent really declare, so a
// rename cannot leave the instructions pointing at nothing.
const readme = readFileSync(new URL("README.md", repoRoot), "utf8");
const plugin = JSON.parse(readFileSync(new URL(".claude-plugin/plugin.json", repoRoot), "utf8")) as { name: string };
const marketplace = JSON.parse(readFileSync(new URL(".claude-plugin/marketplace.json", repoRoot), "utf8")) as {
  name: string;
};
const agentName = String(parseDocument(readAgent().frontmatter).get("name"));
const installId = `${plugin.name}@${marketplace.name}`;

describe("README names what the plugin declares", () => {
  it.each([
    { what: "slash-command marketplace add", line: "/plugin marketplace add <path-or-repo>" },
    { what: "slash-command install", line: `/plugin install ${installId}` },
    { what: "CLI marketplace add", line: "claude plugin marketplace add <path-or-repo>" },
    { what: "CLI install", line: `claude plugin install ${installId}` },
    { what: "plugin mention", line: `@agent-${plugin.name}:${agentName}` },
    { what: "user/project mention", line: `\`@agent-${agentName}\`` },
  ])("has the $what line: $line", ({ line }) => {
    expect(readme).toContain(line);
  });

  it("keeps the Set up section's two commands", () => {
    const setUp = /## Set up\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
    const commands = [...setUp.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]?.trim());
    expect(commands).toEqual(["npm ci && npx backend-architect install", "npm test"]);
  });
});
