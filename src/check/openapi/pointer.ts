/** JSON pointers (RFC 6901) as they appear in `$ref` fragments, and back. */

/** The segments of a fragment such as `/components/schemas/Order` (percent-decoded, then `~1` and `~0`). */
export function parsePointer(fragment: string): string[] | undefined {
  if (fragment === "") return [];
  if (!fragment.startsWith("/")) return undefined;
  return fragment
    .slice(1)
    .split("/")
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // A lone `%` is not an escape; keep the segment as written.
      }
      return decoded.replaceAll("~1", "/").replaceAll("~0", "~");
    });
}

/** Splits a `$ref` into the file part (empty for a local ref) and the pointer fragment. */
export function splitRef(ref: string): { file: string; fragment: string } {
  const hash = ref.indexOf("#");
  return hash === -1 ? { file: ref, fragment: "" } : { file: ref.slice(0, hash), fragment: ref.slice(hash + 1) };
}
