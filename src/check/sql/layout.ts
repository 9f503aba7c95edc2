import { basename, dirname } from "node:path";

/** The text of one migration as it is checked; `text` keeps the file's lines and byte offsets. */
export interface SqlSource {
  file: string;
  text: string;
}

/** One step of a sequence: an up migration and, where the layout has one, its down migration. */
export interface MigrationUnit {
  name: string;
  up: SqlSource;
  down?: SqlSource;
}

/** Migrations that run in order: a folder in one of the layouts people use, or a single file. */
export interface MigrationSequence {
  /** The folder (or the single file) the sequence was read from. */
  root: string;
  units: MigrationUnit[];
}

/** Files named like this are one unit each in their own folder: diesel (up.sql, down.sql) and Prisma (migration.sql). */
export const UNIT_FOLDER_FILES = new Set(["up.sql", "down.sql", "migration.sql"]);

/** Whether a file is a down migration by its name alone (golang-migrate, sqlx, diesel, Flyway undo). */
export function isDownFile(file: string): boolean {
  const name = basename(file);
  return name === "down.sql" || name.endsWith(".down.sql") || /^U\d[\w.]*__/.test(name);
}

/** The folder whose migrations a file's sequence is: the unit folder's parent for diesel and Prisma. */
export function sequenceRoot(file: string): string {
  return UNIT_FOLDER_FILES.has(basename(file)) ? dirname(dirname(file)) : dirname(file);
}

/**
 * Orders the files of one sequence and pairs ups with downs:
 * - Flyway `V<version>__<desc>.sql` (with `U<version>__` as its undo; repeatable `R__` files last),
 * - golang-migrate and sqlx `<version>_<name>.up.sql` / `.down.sql`,
 * - dbmate `<timestamp>_<name>.sql` with `-- migrate:up` / `-- migrate:down` sections,
 * - Supabase and plain `<number or timestamp>_<name>.sql`,
 * - diesel `<name>/up.sql` + `down.sql`, Prisma `<timestamp>_<name>/migration.sql`.
 * Versions compare as numbers, so V2 comes before V10.
 */
export function buildSequence(root: string, files: readonly SqlSource[]): MigrationSequence {
  const units = new Map<string, { up?: SqlSource; down?: SqlSource }>();
  const unit = (name: string) => {
    let found = units.get(name);
    if (!found) units.set(name, (found = {}));
    return found;
  };
  for (const source of files) {
    const name = basename(source.file);
    if (UNIT_FOLDER_FILES.has(name)) {
      const entry = unit(basename(dirname(source.file)));
      if (name === "down.sql") entry.down = source;
      else entry.up = source;
      continue;
    }
    const sections = dbmateSections(source);
    if (sections) {
      const entry = unit(name.replace(/\.sql$/, ""));
      entry.up = sections.up;
      if (sections.down) entry.down = sections.down;
      continue;
    }
    if (isDownFile(source.file)) {
      unit(unitName(name)).down = source;
      continue;
    }
    unit(unitName(name)).up = source;
  }
  const ordered = [...units.entries()]
    .filter((entry): entry is [string, { up: SqlSource; down?: SqlSource }] => entry[1].up !== undefined)
    .sort(([a], [b]) => compareVersions(a, b))
    .map(([name, { up, down }]) => (down ? { name, up, down } : { name, up }));
  return { root, units: ordered };
}

/** The name shared by a unit's up and down files. */
function unitName(file: string): string {
  return file
    .replace(/\.(up|down)\.sql$/, "")
    .replace(/\.sql$/, "")
    .replace(/^[VU](?=\d)/, "");
}

/** Flyway's repeatable migrations run after every versioned one; otherwise natural order. */
function compareVersions(a: string, b: string): number {
  const repeatable = (name: string) => (name.startsWith("R__") ? 1 : 0);
  return repeatable(a) - repeatable(b) || naturalCompare(dieselVersion(a), dieselVersion(b));
}

/**
 * diesel's dashed versions (`2017-08-31-230457_x`, and diesel 2's `2025-11-19-091444-0000_x` with a counter) order
 * as the timestamp with its dashes taken out, so they sort among plain 14-digit timestamps by time.
 */
function dieselVersion(name: string): string {
  return name.replace(/^(\d{4})-(\d{2})-(\d{2})-(\d{6})(?:-(\d+))?(?=_|$)/, (_match, y, m, d, time, counter) => `${y}${m}${d}${time}${counter === undefined ? "" : `.${counter}`}`);
}

function naturalCompare(a: string, b: string): number {
  const chunks = (text: string) => text.match(/\d+|\D+/g) ?? [];
  const left = chunks(a);
  const right = chunks(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] ?? "";
    const y = right[index] ?? "";
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const difference = BigInt(x) - BigInt(y);
      if (difference !== 0n) return difference < 0n ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

const UP_MARKER = /^--\s*migrate:up\b.*$/m;
const DOWN_MARKER = /^--\s*migrate:down\b.*$/m;

/**
 * dbmate keeps up and down in one file. Each section becomes a source of the same file where the other
 * section is blanked (every byte a space, newlines kept), so lines and byte offsets stay the file's own.
 */
function dbmateSections(source: SqlSource): { up: SqlSource; down?: SqlSource } | undefined {
  const up = UP_MARKER.exec(source.text);
  if (!up) return undefined;
  const down = DOWN_MARKER.exec(source.text);
  const upStart = up.index;
  const downStart = down && down.index > upStart ? down.index : source.text.length;
  const upText = blank(source.text, 0, upStart) + source.text.slice(upStart, downStart) + blank(source.text, downStart, source.text.length);
  if (downStart === source.text.length) return { up: { file: source.file, text: upText } };
  const downText = blank(source.text, 0, downStart) + source.text.slice(downStart);
  return { up: { file: source.file, text: upText }, down: { file: source.file, text: downText } };
}

/** The characters between two offsets as spaces (as many as their UTF-8 bytes), newlines kept. */
function blank(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[^\n]/gu, (char) => " ".repeat(Buffer.byteLength(char)));
}
