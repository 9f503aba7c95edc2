/** Small guards for values parsed from user files: everything is `unknown` until looked at. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a pointer inside a parsed value, or undefined. */
export function valueAt(root: unknown, pointer: readonly string[]): unknown {
  let current = root;
  for (const step of pointer) {
    if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)];
    else if (isObject(current) && Object.hasOwn(current, step)) current = current[step];
    else return undefined;
  }
  return current;
}

export function stringAt(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const found = value[key];
  return typeof found === "string" ? found : undefined;
}
