/**
 * A registered hook command as Claude Code reads it (the pinned release, read from its binary): exec form
 * when `args` is present (`command` is the program, spawned with `args` and no shell; `${CLAUDE_PROJECT_DIR}`,
 * `${CLAUDE_PLUGIN_ROOT}` and `${CLAUDE_PLUGIN_DATA}` are substituted in each element as plain text), shell
 * form otherwise (`command` goes to `/bin/sh -c` on macOS and Linux; on Windows to Git Bash, or PowerShell
 * without it). Pure: what would run, never running it.
 */

/** The fields of a `{"type": "command"}` hook entry that decide how it runs. */
export interface HookEntry {
  command: string;
  args?: string[];
  /** Seconds; absent, Claude Code waits up to {@link DEFAULT_HOOK_TIMEOUT_S}. */
  timeout?: number;
  shell?: string;
}

export type HookForm = "exec" | "shell";

/** Claude Code's time limit for a command hook that sets none, in seconds (600000 ms in the pinned release's binary). */
export const DEFAULT_HOOK_TIMEOUT_S = 600;

/** The placeholder values Claude Code puts in: the project always, the plugin's folder for a plugin's hooks. */
export interface HookPlaceholders {
  projectDir: string;
  pluginRoot?: string;
  pluginData?: string;
}

/** A hook entry from parsed JSON, or undefined when it is not a command hook Claude Code would run. */
export function hookEntryFrom(value: unknown): HookEntry | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const hook = value as Record<string, unknown>;
  if (hook["type"] !== "command" || typeof hook["command"] !== "string" || hook["command"] === "") return undefined;
  const entry: HookEntry = { command: hook["command"] };
  if (Array.isArray(hook["args"])) entry.args = hook["args"].map(String);
  if (typeof hook["timeout"] === "number" && hook["timeout"] > 0) entry.timeout = hook["timeout"];
  if (typeof hook["shell"] === "string") entry.shell = hook["shell"];
  return entry;
}

export const hookForm = (entry: HookEntry): HookForm => (entry.args === undefined ? "shell" : "exec");

/** How the entry reads in a report: the shell string, or the program and its arguments as JSON. */
export function describeHook(entry: HookEntry): string {
  return entry.args === undefined ? entry.command : JSON.stringify([entry.command, ...entry.args]);
}

/**
 * Exec form's substitution, per element: only the three placeholders, in `${...}` spelling (`$CLAUDE_PROJECT_DIR`
 * stays as written, since no shell reads it). A plugin placeholder outside a plugin's hooks makes Claude Code
 * refuse the hook: undefined here.
 */
export function substitutePlaceholders(text: string, values: HookPlaceholders): string | undefined {
  if (values.pluginRoot === undefined && /\$\{CLAUDE_PLUGIN_(?:ROOT|DATA)\}/.test(text)) return undefined;
  let out = text.replaceAll("${CLAUDE_PROJECT_DIR}", () => values.projectDir);
  if (values.pluginRoot !== undefined) out = out.replaceAll("${CLAUDE_PLUGIN_ROOT}", () => values.pluginRoot as string);
  if (values.pluginData !== undefined) out = out.replaceAll("${CLAUDE_PLUGIN_DATA}", () => values.pluginData as string);
  return out;
}

/** The program and arguments an exec-form entry spawns; undefined when Claude Code would refuse it. */
export function execArgv(entry: HookEntry, values: HookPlaceholders): string[] | undefined {
  const words = [entry.command, ...(entry.args ?? [])].map((word) => substitutePlaceholders(word, values));
  return words.every((word): word is string => word !== undefined) ? words : undefined;
}

/**
 * The words a POSIX shell makes of a simple command: quotes removed, `$NAME` and `${NAME}` expanded from
 * `env` (unset: empty) and, outside double quotes, split at blanks. Enough to see which argument the script
 * path becomes; anything beyond a simple command (`;`, `|`, `&`, redirections, `$(...)`, backquotes, globs,
 * `~`) gives undefined, and the caller then judges by running it.
 */
export function shellWords(command: string, env: Readonly<Record<string, string | undefined>>): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  const push = (text: string): void => void (word = (word ?? "") + text);
  const end = (): void => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < command.length; i++) {
    const char = command.charAt(i);
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else push(char);
      continue;
    }
    if (char === "\\") {
      const next = command.charAt(i + 1);
      if (quote === '"' && !'$`"\\\n'.includes(next)) push("\\");
      else if (next === "\n") {
        i++;
        continue;
      }
      push(next);
      i++;
      continue;
    }
    if (char === "$") {
      const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(command.slice(i));
      const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(command.slice(i));
      const match = braced ?? plain;
      if (!match) return undefined;
      i += match[0].length - 1;
      const value = env[match[1] as string] ?? "";
      if (quote === '"') push(value);
      else {
        // An unquoted expansion is split at blanks (IFS), and an empty one adds no word.
        const parts = value.split(/[ \t\n]+/);
        parts.forEach((part, index) => {
          if (index > 0) end();
          if (part !== "") push(part);
        });
      }
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === "`") return undefined;
      else push(char);
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      push("");
    } else if (/[ \t]/.test(char)) end();
    else if (/[;&|<>()`*?[\]\n]/.test(char) || (word === undefined && (char === "#" || char === "~"))) return undefined;
    else push(char);
  }
  if (quote !== undefined) return undefined;
  end();
  return words;
}
