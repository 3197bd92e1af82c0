/**
 * `compute`, remembered per object: the corpus's passages and entries, and a question's reading, live
 * as long as they are used, and verification asks the same of each many times. Kept in a WeakMap, so
 * nothing outlives its object.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    // One lookup for a value remembered (nearly every call); a second only for one that is undefined.
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
