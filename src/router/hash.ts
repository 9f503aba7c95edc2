/** How the model table names a feature: the 32-bit FNV-1a hash of its key's UTF-16 code units. */
export function featureHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
