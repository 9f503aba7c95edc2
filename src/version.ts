import { readFileSync } from "node:fs";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
  config: { referee: string };
};

/** The package version, read from package.json next to dist/ or src/. */
export const packageVersion: string = manifest.version;

/**
 * The Claude Code release whose loading rules the parser, resolver and validator follow, and which the test
 * suite holds them to (the referee): `config.referee` in package.json, its one place.
 */
export const claudeCodeRelease: string = manifest.config.referee;
