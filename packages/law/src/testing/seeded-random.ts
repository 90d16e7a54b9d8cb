/** A seeded PRNG (mulberry32): the same seed gives the same sequence in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of a non-empty list. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Between 1 and `max` distinct elements, in list order. */
export function some<T>(random: () => number, list: readonly T[], max: number): readonly T[] {
  const count = 1 + Math.floor(random() * Math.min(max, list.length));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(random, list));
  return list.filter((item) => chosen.has(item));
}
