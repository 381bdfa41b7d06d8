/** Adds to a grouped list in place (groups can hold many thousands of rows). */
export function append<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
