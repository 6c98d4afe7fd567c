// A function of a word remembered for the words already seen: a document repeats its
// words, and the anchors' foldings and readings are the slow part of finding names.

/** `compute` remembered for up to `limit` distinct arguments; the memory starts afresh when full. */
export function remembered<T>(compute: (word: string) => T, limit: number): (word: string) => T {
  const memory = new Map<string, T>();
  return (word) => {
    let value = memory.get(word);
    if (value === undefined) {
      if (memory.size >= limit) memory.clear();
      value = compute(word);
      memory.set(word, value);
    }
    return value;
  };
}
