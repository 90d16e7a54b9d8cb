import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { leafHash, merkleTree, rootFromProof } from './merkle.ts';

// The leaves and roots of Certificate Transparency's reference tests
// (certificate-transparency, merkle_tree_test): the trees of the first n
// of these eight inputs, n = 1..8.
const CT_INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => Buffer.from(hex, 'hex'));
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/** RFC 9162's MTH written as the RFC states it, to check the one-pass builder against. */
function referenceRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0] as Buffer;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(referenceRoot(leaves.slice(0, k)))
    .update(referenceRoot(leaves.slice(k)))
    .digest();
}

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`m${i}`)));

describe('merkle tree (RFC 9162)', () => {
  it('gives the roots of the Certificate Transparency reference trees', () => {
    for (let n = 1; n <= CT_INPUTS.length; n++) {
      const tree = merkleTree(CT_INPUTS.slice(0, n).map((d) => leafHash(d)));
      assert.equal(tree.root.toString('hex'), CT_ROOTS[n - 1], `tree of ${n}`);
    }
  });

  it('agrees with the recursive definition, and every proof leads to the root, for 1 to 70 leaves', () => {
    for (let n = 1; n <= 70; n++) {
      const leaves = leavesOf(n);
      const tree = merkleTree(leaves);
      assert.ok(tree.root.equals(referenceRoot(leaves)), `root of ${n}`);
      for (let i = 0; i < n; i++) {
        const proof = tree.proofs[i] ?? [];
        assert.ok(proof.length <= Math.ceil(Math.log2(n)), `proof ${i} of ${n} is short`);
        const root = rootFromProof(i, n, leaves[i] as Buffer, proof);
        assert.ok(root?.equals(tree.root), `leaf ${i} of ${n}`);
      }
    }
  });

  // The tree size is not a property of a proof (a leaf of the left half has the
  // same proof in a tree one larger): a receipt signs the size with the root.
  it('leads nowhere else from a wrong leaf, index or proof', () => {
    const n = 13;
    const leaves = leavesOf(n);
    const tree = merkleTree(leaves);
    const reaches = (index: number, size: number, leaf: Buffer, proof: readonly Buffer[]) =>
      rootFromProof(index, size, leaf, proof)?.equals(tree.root) ?? false;
    for (let i = 0; i < n; i++) {
      const leaf = leaves[i] as Buffer;
      const proof = tree.proofs[i] ?? [];
      assert.ok(reaches(i, n, leaf, proof));
      assert.equal(reaches(i, n, leaves[(i + 1) % n] as Buffer, proof), false, 'another leaf');
      assert.equal(reaches((i + 1) % n, n, leaf, proof), false, 'another index');
      assert.equal(reaches(i, n, leaf, proof.slice(1)), false, 'a hash left out');
      assert.equal(reaches(i, n, leaf, [...proof, leaf]), false, 'a hash added');
      const flipped = proof.map((p, j) => (j === 0 ? Buffer.from(p.map((b) => b ^ 1)) : p));
      assert.equal(reaches(i, n, leaf, flipped), false, 'a hash changed');
    }
    assert.equal(rootFromProof(n, n, leaves[0] as Buffer, []), null, 'index past the end');
    assert.equal(rootFromProof(-1, n, leaves[0] as Buffer, []), null, 'negative index');
    assert.equal(rootFromProof(0, 0, leaves[0] as Buffer, []), null, 'empty tree');
    assert.throws(() => merkleTree([]), RangeError);
  });

  it('does not take a leaf for an inner node: leaves and nodes hash with different prefixes', () => {
    // Two leaves' tree root as the "data" of one leaf must not give the same root.
    const leaves = leavesOf(2);
    const root = merkleTree(leaves).root;
    const inner = Buffer.concat(leaves);
    assert.equal(merkleTree([leafHash(inner)]).root.equals(root), false);
  });
});
