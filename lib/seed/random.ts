// Randomness for test and demo data: a small seeded PRNG (never Math.random,
// so that a seed gives the same content), and ids that are fresh per process.

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  shuffle<T>(items: T[]): T[];
};

/** mulberry32: tiny, fast and good enough for test data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new RangeError("weighted pick from an empty list");
      return last[0];
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j] as T, items[i] as T];
      }
      return items;
    },
  };
}

/** "c" + 8 characters of time + 4 random: a fresh, practically unique id prefix. */
export function newIdPrefix(): string {
  const random = new Uint32Array(1);
  globalThis.crypto.getRandomValues(random);
  return `c${Date.now().toString(36).padStart(9, "0").slice(-9)}${((random[0] ?? 0) % 1_679_616).toString(36).padStart(4, "0")}`;
}

/**
 * Cuid-like ids: a prefix and a base-36 counter, increasing within a generator
 * so that inserts append to the primary-key index. Generators that must not
 * collide (the seed's parallel batches) get distinct prefixes of one length.
 */
export function createIdGenerator(prefix: string = newIdPrefix(), counterWidth = 8): () => string {
  let counter = 0;
  return () => prefix + (counter++).toString(36).padStart(counterWidth, "0");
}
