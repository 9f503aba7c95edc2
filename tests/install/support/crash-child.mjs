// Runs one install or uninstall from a compiled copy of the library, printing each step. Used by the
// crash tests: the parent SIGKILLs this process at a step (PAUSE_AT) or after a random delay.
// It is copied into the compiled dist/ folder, next to install/.
const [op, home, cwd, pkgRoot, version, force, pauseAt, hooks] = process.argv.slice(2);
const { install } = await import(new URL("./install/install.js", import.meta.url).href);
const { uninstall } = await import(new URL("./install/uninstall.js", import.meta.url).href);
const options = {
  cwd,
  env: { HOME: home },
  scope: "user",
  hooks: hooks === "hooks",
  force: force === "force",
  source: { packageRoot: pkgRoot, version },
  // 20 of these queue on one lock on a loaded 2-core machine; the tests check that they queue and end
  // consistent, not how fast, so the wait is bounded by the test's own timeout, not the default 15 s.
  lock: { waitMs: 100_000 },
  onStep: async (step) => {
    process.stdout.write(`${step}\n`);
    if (step === pauseAt) await new Promise(() => setInterval(() => undefined, 1000));
  },
};
process.stdout.write("start\n");
const outcome = op === "install" ? await install(options) : await uninstall(options);
process.stdout.write(`done ${outcome.ok}${outcome.ok ? "" : ` ${outcome.error.code}`}\n`);
