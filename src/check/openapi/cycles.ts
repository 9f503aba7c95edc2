import { parsePointer, splitRef } from "./pointer.js";
import type { Finding } from "./types.js";
import { isObject, valueAt } from "./values.js";

/**
 * `$ref`s that only lead to other `$ref`s and back (`A: {$ref: B}`, `B: {$ref: A}`): nothing is
 * ever defined, and the engine stops on them. Each cycle is reported once, at the `$ref` where it
 * was first entered.
 */
export function refCycles(values: ReadonlyMap<string, unknown>, resolveRef: (from: string, ref: string) => string): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const [file, root] of values) {
    const stack: { value: unknown; pointer: string[] }[] = [{ value: root, pointer: [] }];
    while (stack.length > 0) {
      const { value, pointer } = stack.pop() as { value: unknown; pointer: string[] };
      if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, pointer: [...pointer, String(index)] }));
      if (!isObject(value)) continue;
      if (typeof value.$ref === "string") {
        const cycle = followsBack(values, resolveRef, file, pointer);
        if (cycle && !cycle.some((place) => reported.has(place))) {
          for (const place of cycle) reported.add(place);
          findings.push({ code: "OPENAPI_REF_UNRESOLVED", args: { ref: value.$ref, detail: "its chain of $refs leads back to itself" }, at: { file, pointer: [...pointer, "$ref"] }, part: "value" });
        }
        continue;
      }
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, pointer: [...pointer, key] });
    }
  }
  return findings;
}

/** The places of a ref-to-ref chain from here, when it comes back to one of them; else undefined. */
function followsBack(values: ReadonlyMap<string, unknown>, resolveRef: (from: string, ref: string) => string, file: string, pointer: string[]): string[] | undefined {
  const seen: string[] = [];
  let current = { file, pointer };
  for (let hops = 0; hops < 64; hops++) {
    const place = `${current.file}#${current.pointer.join("/")}`;
    if (seen.includes(place)) return seen;
    seen.push(place);
    const node = valueAt(values.get(current.file), current.pointer);
    const ref = isObject(node) ? node.$ref : undefined;
    if (typeof ref !== "string") return undefined;
    const target = parsePointer(splitRef(ref).fragment);
    const targetFile = resolveRef(current.file, ref);
    if (target === undefined || !values.has(targetFile)) return undefined;
    current = { file: targetFile, pointer: target };
  }
  return undefined;
}
