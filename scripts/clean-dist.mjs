#!/usr/bin/env node
// Empties dist/ before the build: tsc never removes what it once wrote, so a moved or deleted module would
// live on in dist/ (and in the npm package). The first step of `npm run build`.
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

rmSync(join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "dist"), { recursive: true, force: true });
