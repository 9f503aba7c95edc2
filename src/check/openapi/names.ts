/** What names say about a value: ids, money, timestamps, collections. Heuristics, tuned to stay quiet. */

/** `createdAt`, `created_at`, `created-at` → ["created", "at"]. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** `id`, `orderId`, `order_id`, `orderID`, `_id`. Not `paid`, `valid` or `uuid`. */
export function isIdName(name: string): boolean {
  return /^(id|ID|_id)$/.test(name) || /[a-z0-9]I[dD]$/.test(name) || /[_-]id$/i.test(name);
}

const MONEY = new Set(["amount", "price", "cost", "fee", "fees", "total", "subtotal", "balance", "tax", "discount", "salary", "revenue", "payout", "refund", "cents", "money"]);
const NOT_MONEY = new Set(["rate", "ratio", "percent", "percentage", "factor", "multiplier", "quantity", "qty", "weight", "count", "score", "latitude", "longitude", "lat", "lng", "lon"]);

/** `amount`, `unit_price`, `totalAmount`; not `total_count` or `tax_rate`. */
export function isMoneyName(name: string): boolean {
  const last = words(name).at(-1);
  return last !== undefined && MONEY.has(last);
}

/** A number next to a currency is money unless its name says it is a rate, a share or a count. */
export function mayBeMoneyBesideCurrency(name: string): boolean {
  const last = words(name).at(-1);
  return last !== undefined && !NOT_MONEY.has(last);
}

export function isCurrencyName(name: string): boolean {
  return /^currency([_-]?code)?$/i.test(name);
}

/** `created_at`, `createdAt`, `created`, `updated`. */
export function isTimestampName(name: string): boolean {
  return /_at$/.test(name) || /[a-z0-9]At$/.test(name) || /^(created|updated|deleted|modified)$/i.test(name);
}

const PLURAL_AS_IS = new Set([
  "data", "metadata", "media", "people", "children", "men", "women", "feet", "teeth", "mice", "geese", "criteria",
  "series", "species", "news", "sheep", "fish", "deer", "feedback", "staff", "equipment", "information", "inventory",
  "software", "hardware", "firmware", "stock", "me",
]);

/** Whether a collection name reads as plural: `orders`, `order-items`, `people`. Not `order`, `status`, `address`. */
export function isPlural(segment: string): boolean {
  const last = words(segment).at(-1);
  if (last === undefined) return true;
  if (PLURAL_AS_IS.has(last)) return true;
  return /s$/.test(last) && !/(ss|us|is)$/.test(last);
}

export function pluralOf(segment: string): string {
  if (/[^aeiou]y$/.test(segment)) return `${segment.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(segment)) return `${segment}es`;
  return `${segment}s`;
}

/** `orderItems`, `order_items` → `order-items`. */
export function kebabCase(segment: string): string {
  return words(segment).join("-");
}
