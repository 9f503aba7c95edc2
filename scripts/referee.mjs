// The referee: the Claude Code release whose behaviour our tests and benchmarks hold us to. Its version is
// one pin, `config.referee` in package.json; the binary is not a dependency (a 380 MB download that neither
// the CLI nor the plugin needs) but is fetched from the npm registry on first use into a cache shared by
// every checkout: $BACKEND_ARCHITECT_REFEREE_CACHE, else $XDG_CACHE_HOME/backend-architect/claude-code,
// else ~/.cache/backend-architect/claude-code. $BACKEND_ARCHITECT_REFEREE_VERSION runs the suites against
// another release (see `npm run referee`).
//
//   node scripts/referee.mjs [version]    fetch it if needed, print the binary's path
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

/** The pinned release, from package.json. */
export function pinnedVersion() {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return pkg.config.referee;
}

/** The release this run uses: $BACKEND_ARCHITECT_REFEREE_VERSION, else the pin. */
export function refereeVersion(env = process.env) {
  return env.BACKEND_ARCHITECT_REFEREE_VERSION || pinnedVersion();
}

/** Where fetched releases are kept, one folder per version. */
export function refereeCache(env = process.env) {
  if (env.BACKEND_ARCHITECT_REFEREE_CACHE) return env.BACKEND_ARCHITECT_REFEREE_CACHE;
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache");
  return join(base, "backend-architect", "claude-code");
}

/** The path of that release's `claude` (present once {@link ensureReferee} has run). */
export function refereeBinary(version = refereeVersion(), env = process.env) {
  return join(refereeCache(env), version, "node_modules", ".bin", "claude");
}

/**
 * Returns the path of `claude` for `version`, fetching it first when it is not cached. The fetch goes to a
 * temporary folder that is renamed into place only once `claude --version` answers with that version, so
 * concurrent or interrupted fetches never leave a half-installed release behind.
 */
export async function ensureReferee(version = refereeVersion(), env = process.env) {
  const binary = refereeBinary(version, env);
  if (existsSync(binary)) return binary;
  const cache = refereeCache(env);
  await mkdir(cache, { recursive: true });
  const staging = await mkdtemp(join(cache, `.fetch-${version}-`));
  try {
    const npmEnv = { ...env, npm_config_update_notifier: "false", npm_config_audit: "false", npm_config_fund: "false" };
    try {
      await run("npm", ["install", "--prefix", staging, "--no-save", "--no-package-lock", "--loglevel=error", `@anthropic-ai/claude-code@${version}`], {
        env: npmEnv,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      throw new Error(`Could not fetch Claude Code ${version} from the npm registry (the tests' referee): ${String(error.stderr || error.message).trim()}`);
    }
    const fetched = join(staging, "node_modules", ".bin", "claude");
    const home = await mkdtemp(join(tmpdir(), "ba-referee-home-"));
    const { stdout } = await run(fetched, ["--version"], { env: { PATH: env.PATH ?? "", HOME: home } }).finally(() => rm(home, { recursive: true, force: true }));
    if (!stdout.startsWith(`${version} `)) throw new Error(`Claude Code ${version} was fetched, but \`claude --version\` says ${stdout.trim()}`);
    await rename(staging, join(cache, version)).catch(async (error) => {
      if (!existsSync(binary)) throw error; // someone else finished first: theirs is as good
    });
    return binary;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureReferee(process.argv[2] || refereeVersion()).then(
    (binary) => console.log(binary),
    (error) => {
      console.error(error.message);
      process.exitCode = 2;
    },
  );
}
