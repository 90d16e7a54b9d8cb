import { hash } from 'node:crypto';

/**
 * A Merkle tree over a batch of items, as Certificate Transparency defines it
 * (RFC 9162 §2.1): a leaf hashes as SHA-256(0x00 ‖ data), an inner node as
 * SHA-256(0x01 ‖ left ‖ right), and a tree of n leaves splits at the largest
 * power of two below n. One signature over the root then vouches for every
 * leaf, and each leaf's inclusion proof (its path of sibling hashes, about
 * log2 n of them) lets anyone check that leaf alone against the signed root.
 * Batched delivery receipts use it: one signature per batch instead of one
 * per message, each message still with a receipt that stands on its own.
 */

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

/** SHA-256(0x00 ‖ data): a leaf's hash (RFC 9162 §2.1.1). */
export function leafHash(data: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([LEAF, data]), 'buffer');
}

function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([NODE, left, right]), 'buffer');
}

/** The largest power of two strictly below n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** A tree's root and, for each leaf in order, its inclusion proof (RFC 9162 PATH, leaf side first). */
export interface MerkleTree {
  readonly root: Buffer;
  readonly proofs: readonly (readonly Buffer[])[];
}

/**
 * Builds the tree over leaf hashes (at least one) and every leaf's inclusion
 * proof in one pass: n − 1 inner hashes in all.
 *
 * @example
 * const tree = merkleTree(items.map((i) => leafHash(i)));
 * sign(tree.root); // then send item i with tree.proofs[i]
 */
export function merkleTree(leaves: readonly Buffer[]): MerkleTree {
  if (leaves.length === 0) throw new RangeError('merkleTree: a tree needs at least one leaf');
  const proofs: Buffer[][] = leaves.map(() => []);
  const build = (lo: number, hi: number): Buffer => {
    if (hi - lo === 1) return leaves[lo] as Buffer;
    const mid = lo + split(hi - lo);
    const left = build(lo, mid);
    const right = build(mid, hi);
    // Deeper siblings went in first: a proof runs from the leaf up to the root.
    for (let i = lo; i < mid; i++) proofs[i]?.push(right);
    for (let i = mid; i < hi; i++) proofs[i]?.push(left);
    return nodeHash(left, right);
  };
  return { root: build(0, leaves.length), proofs };
}

/**
 * The root an inclusion proof leads to from a leaf (RFC 9162 §2.1.3.2), or
 * null when the proof cannot belong to a tree of that size at that index (too
 * short, too long, an index outside the tree). The caller compares the result
 * with the signed root.
 *
 * @example
 * const root = rootFromProof(3, 10, leafHash(item), proof);
 * const included = root !== null && root.equals(signedRoot);
 */
export function rootFromProof(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
): Buffer | null {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    return null;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}
