import type { Operation } from "../operations.js";

/** The path's segments: `/v1/orders/{orderId}` → ["v1", "orders", "{orderId}"]. */
export function segments(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

export function isParameterSegment(segment: string): boolean {
  return /^\{[^}]*\}$/.test(segment);
}

/** The operation addresses one item: its path ends in a parameter (`/orders/{orderId}`). */
export function endsInParameter(path: string): boolean {
  const last = segments(path).at(-1);
  return last !== undefined && isParameterSegment(last);
}

/** The last static word of the path, custom-method suffixes (`/orders:search`) included. */
export function lastAction(path: string): string | undefined {
  const last = segments(path).at(-1);
  if (last === undefined) return undefined;
  const colon = last.lastIndexOf(":");
  if (colon !== -1) return last.slice(colon + 1);
  return isParameterSegment(last) ? undefined : last;
}

/** `POST /orders/search`, `POST /orders:query`, `operationId: searchOrders`: reads, sent as POST for their body. */
export function isQueryAction(operation: Operation): boolean {
  const action = lastAction(operation.path)?.toLowerCase();
  if (action !== undefined && /(^|[-_])(search|query|lookup|find|filter)$/.test(action)) return true;
  const id = operation.node.value.operationId;
  return typeof id === "string" && /^(search|query|lookup|find|filter)([A-Z_-]|$)/.test(id);
}
