// Benign sample values for the format tests: digests of harmless strings and
// random hashes from a seeded generator. No value here comes from any real set.

import { createHash } from 'node:crypto';
import type { HashSetItem } from '@concord/core';

export function md5Of(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

export function sha1Of(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomHex(random: () => number, chars: number): string {
  let out = '';
  for (let i = 0; i < chars; i++) out += Math.floor(random() * 16).toString(16);
  return out;
}

/** A random 144-byte value in PhotoDNA's base64 form (192 characters). */
export function randomPhotoDna(random: () => number): string {
  const bytes = Buffer.alloc(144);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes.toString('base64');
}

/** An item with only the given signals and every other field empty. */
export function bareItem(signals: HashSetItem['signals']): HashSetItem {
  return {
    signals,
    grade: null,
    series: null,
    victimIdentified: null,
    offenderIdentified: null,
    isDistributed: null,
    comments: null,
    sourceId: null,
    extra: null,
  };
}

/** All the items of an async iterable, for tests. */
export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

export const PDQ_A = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
