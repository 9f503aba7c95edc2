/**
 * Reads a Bash command as words, but only the boring kind: it answers "is this ONE simple command whose
 * words are all literal?" and refuses everything a shell would interpret. Single quotes are literal;
 * double quotes are accepted only when they hold nothing the shell expands. One left-to-right pass.
 */
export type ShellWords =
  | { ok: true; words: string[] }
  | { ok: false; reason: string };

/** Characters a plain (unquoted) word may hold; anything else is shell syntax or expansion. */
function isPlain(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    // - _ . / : = @ + , % ^
    code === 45 || code === 95 || code === 46 || code === 47 || code === 58 || code === 61 || code === 64 ||
    code === 43 || code === 44 || code === 37 || code === 94
  );
}

function describe(ch: string): string {
  switch (ch) {
    case ";": return "a command separator (;)";
    case "&": return "a background or chaining operator (&, &&)";
    case "|": return "a pipe or || chain";
    case ">": case "<": return "a redirection (< or >)";
    case "(": case ")": return "a subshell or grouping ( )";
    case "{": case "}": return "a brace group or expansion { }";
    case "$": return "a variable or command substitution ($)";
    case "`": return "a command substitution (backticks)";
    case "\n": case "\r": return "a newline (a second command)";
    case "*": case "?": case "[": case "]": return "a glob pattern (* ? [ ])";
    case "~": return "a tilde expansion (~)";
    case "\\": return "a backslash escape";
    case "#": return "a comment (#)";
    case "!": return "history expansion or negation (!)";
    default: return `the character ${JSON.stringify(ch)}`;
  }
}

export function shellWords(command: string): ShellWords {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < command.length; i += 1) {
    const ch = command[i] ?? "";
    const code = command.charCodeAt(i);
    if (ch === " " || ch === "\t") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    if (ch === "'") {
      const close = command.indexOf("'", i + 1);
      if (close < 0) return { ok: false, reason: "an unterminated single quote" };
      word += command.slice(i + 1, close);
      inWord = true;
      i = close;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j += 1) {
        const inner = command[j] ?? "";
        if (inner === "$" || inner === "`" || inner === "\\" || inner === "!") return { ok: false, reason: `${describe(inner)} inside double quotes` };
      }
      if (j >= command.length) return { ok: false, reason: "an unterminated double quote" };
      word += command.slice(i + 1, j);
      inWord = true;
      i = j;
      continue;
    }
    if (!isPlain(code)) return { ok: false, reason: describe(ch) };
    // `=` in the first word makes it an environment assignment (FOO=1 npm ...).
    word += ch;
    inWord = true;
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}
