/** Copies parsed YAML into null-prototype objects, so keys like `__proto__` are plain data. */
export function toNullPrototype(value: unknown, depth = 0): unknown {
  if (depth > 200) return null;
  if (Array.isArray(value)) return value.map((item) => toNullPrototype(item, depth + 1));
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) copy[key] = toNullPrototype((value as Record<string, unknown>)[key], depth + 1);
    return copy;
  }
  return value;
}

export function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}
