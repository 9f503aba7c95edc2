/** A user's settings.json with keys and hooks of their own. */
export const foreign = {
  model: "opus",
  permissions: { allow: ["Bash(git status)"] },
  hooks: {
    PreToolUse: [{ matcher: "Write", hooks: [{ type: "command", command: "lint-on-write" }] }],
    Stop: [{ hooks: [{ type: "command", command: "say done" }] }],
  },
};

/** The user's settings in many hands' formatting; each must come back byte for byte. */
export const settingsStyles: [string, string][] = [
  ["2 spaces, trailing newline (Claude Code's own)", `${JSON.stringify(foreign, null, 2)}\n`],
  ["4 spaces", `${JSON.stringify(foreign, null, 4)}\n`],
  ["tabs", `${JSON.stringify(foreign, null, "\t")}\n`],
  ["compact, one line, no trailing newline", JSON.stringify(foreign)],
  ["compact, one line, trailing newline", `${JSON.stringify(foreign)}\n`],
  ["2 spaces, no trailing newline", JSON.stringify(foreign, null, 2)],
  ["CRLF line endings", `${JSON.stringify(foreign, null, 2).replace(/\n/g, "\r\n")}\r\n`],
  [
    "hand-formatted: inline arrays and objects, spaces inside braces",
    '{\n  "model" : "opus",\n  "permissions": { "allow": ["Bash(git status)", "Read"] },\n  "hooks": { "Stop": [ { "hooks": [ { "type": "command", "command": "say done" } ] } ] }\n}\n',
  ],
  ["hooks first, then other keys", `${JSON.stringify({ hooks: foreign.hooks, model: "opus" }, null, 2)}\n`],
  ["our events already used by the user", `${JSON.stringify({ hooks: { UserPromptSubmit: [{ hooks: [{ type: "command", command: "log-prompt" }] }], PreToolUse: [{ matcher: "Bash", hooks: [{ type: "command", command: "audit" }] }] } }, null, 2)}\n`],
  ["a user's empty hook list for another event", `${JSON.stringify({ hooks: { Stop: [], Notification: [{ hooks: [{ type: "command", command: "ding" }] }] } }, null, 2)}\n`],
  ["an empty object", "{}"],
  ["an empty object on two lines", "{}\n"],
];

