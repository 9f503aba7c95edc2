/**
 * Runs once before the suite: fetches the referee (the pinned Claude Code release, into its cache) so that
 * no two test files download it at once, and says in one line each what is skipped for want of ../shared.
 */
import { ensureReferee, refereeVersion } from "../../scripts/referee.mjs";
import { missingSharedLines } from "./shared.js";

export default async function setup(): Promise<void> {
  for (const line of missingSharedLines()) console.log(line);
  const started = Date.now();
  const binary = await ensureReferee();
  const seconds = (Date.now() - started) / 1000;
  if (seconds > 1) console.log(`fetched the referee, Claude Code ${refereeVersion()}, into ${binary} (${seconds.toFixed(1)} s)`);
}
