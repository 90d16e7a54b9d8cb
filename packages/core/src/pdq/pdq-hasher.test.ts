import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIHEDRAL_TRANSFORMS, dct64To16, type DihedralTransform } from './dct.ts';
import { decimate, jaroszFilter } from './jarosz-filter.ts';
import {
  PDQ_MATCH_THRESHOLD,
  PDQ_QUALITY_FLOOR,
  pdqHammingDistance,
  pdqHashFromBits,
} from './pdq-hash.ts';
import { pdqDihedralHashes, pdqHash, pdqQuality } from './pdq-hasher.ts';
import { floatLuma, type PdqImage } from './pixel-image.ts';
import { torbenMedian } from './torben-median.ts';

const ZERO = '0'.repeat(64);

/** A grey image of square cells of seeded random intensity: energy at every PDQ frequency. */
function cells(width: number, height: number, cell: number, seed = 42): PdqImage {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const across = Math.ceil(width / cell);
  const values = Array.from({ length: across * Math.ceil(height / cell) }, () =>
    Math.floor(random() * 256),
  );
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data[y * width + x] = values[Math.floor(y / cell) * across + Math.floor(x / cell)] ?? 0;
    }
  }
  return { kind: 'luma', width, height, data };
}

function rgbFrom(grey: PdqImage): PdqImage {
  const data = new Uint8Array(grey.data.length * 3);
  grey.data.forEach((v, i) => data.fill(v, i * 3, i * 3 + 3));
  return { kind: 'rgb', width: grey.width, height: grey.height, data };
}

/** `image` transformed in pixel space; `source(r, c)` gives the source row and column. */
function remap(
  image: PdqImage,
  width: number,
  height: number,
  source: (r: number, c: number) => readonly [number, number],
): PdqImage {
  const data = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const [sr, sc] = source(r, c);
      data[r * width + c] = image.data[sr * image.width + sc] ?? 0;
    }
  }
  return { kind: 'luma', width, height, data };
}

/** The pixel-space meaning of each of the reference's dihedral names. */
function transformed(image: PdqImage, t: DihedralTransform): PdqImage {
  const { width: w, height: h } = image;
  switch (t) {
    case 'original':
      return image;
    case 'rotate90': // counter-clockwise
      return remap(image, h, w, (r, c) => [c, w - 1 - r]);
    case 'rotate180':
      return remap(image, w, h, (r, c) => [h - 1 - r, w - 1 - c]);
    case 'rotate270':
      return remap(image, h, w, (r, c) => [h - 1 - c, r]);
    case 'flipx': // upside down
      return remap(image, w, h, (r, c) => [h - 1 - r, c]);
    case 'flipy': // mirrored left-right
      return remap(image, w, h, (r, c) => [r, w - 1 - c]);
    case 'flipplus1': // transposed
      return remap(image, h, w, (r, c) => [c, r]);
    case 'flipminus1': // anti-transposed
      return remap(image, h, w, (r, c) => [h - 1 - c, w - 1 - r]);
  }
}

function hashOfDct(dct: Float32Array) {
  const median = torbenMedian(dct);
  return pdqHashFromBits(Uint8Array.from(dct, (v) => (v > median ? 1 : 0)));
}

describe('pdqHash on tiny images', () => {
  it('gives the all-zero hash and quality 0 below 5 px on either side', () => {
    for (const [w, h] of [
      [1, 1],
      [2, 3],
      [4, 4],
      [4, 100],
      [100, 4],
    ] as const) {
      const image = cells(w, h, 1);
      assert.deepEqual(pdqHash(image), { hash: ZERO, quality: 0 }, `${w}x${h}`);
      const dih = pdqDihedralHashes(image);
      assert.equal(dih.quality, 0);
      for (const t of DIHEDRAL_TRANSFORMS) assert.equal(dih.hashes[t], ZERO);
    }
  });
  it('hashes 5x5 images', () => {
    assert.notEqual(pdqHash(cells(5, 5, 1)).hash, ZERO);
  });
});

describe('pdqHash at exactly 64x64', () => {
  it('skips the tent filter, hashing the luma as the 64x64 downsample', () => {
    const image = cells(64, 64, 4);
    const luma = floatLuma(image);
    const r = pdqHash(image);
    assert.equal(r.hash, hashOfDct(dct64To16(luma)));
    assert.equal(r.quality, pdqQuality(luma));
  });
  it('still filters on the dihedral path, as the reference does', () => {
    const image = cells(64, 64, 4);
    const luma = floatLuma(image);
    jaroszFilter(luma, new Float32Array(luma.length), 64, 64, 1, 1, 2);
    const expected = hashOfDct(dct64To16(decimate(luma, 64, 64, 64, 64)));
    assert.equal(pdqDihedralHashes(image).hashes.original, expected);
  });
});

describe('pdqHash luma and RGB paths', () => {
  it('hashes a single-channel image from its samples, not through the RGB weights', () => {
    const grey = cells(200, 150, 10);
    const viaRgb = floatLuma(rgbFrom(grey));
    const direct = floatLuma(grey);
    assert.ok(direct.every((v, i) => v === grey.data[i]));
    assert.ok(
      viaRgb.some((v, i) => v !== direct[i]),
      'float32 RGB weights do not sum to 1 exactly',
    );
  });
  it('gives grey-as-RGB a hash within the match threshold of the luma hash', () => {
    const grey = cells(200, 150, 10);
    const d = pdqHammingDistance(pdqHash(grey).hash, pdqHash(rgbFrom(grey)).hash);
    assert.ok(d <= PDQ_MATCH_THRESHOLD, `distance ${d}`);
  });
});

describe('pdqHash quality', () => {
  it('is 0 for a flat image and 100 for a coarse checkerboard', () => {
    const flat: PdqImage = {
      kind: 'luma',
      width: 100,
      height: 80,
      data: new Uint8Array(8000).fill(90),
    };
    assert.equal(pdqHash(flat).quality, 0);
    const board = new Uint8Array(256 * 256).map((_, i) =>
      (((i % 256) >> 5) + (Math.floor(i / 256) >> 5)) % 2 ? 255 : 0,
    );
    assert.equal(pdqHash({ kind: 'luma', width: 256, height: 256, data: board }).quality, 100);
  });
  it('is low for a one-pixel checkerboard, which the tent filter averages away', () => {
    const fine = new Uint8Array(512 * 512).map((_, i) =>
      ((i % 512) + Math.floor(i / 512)) % 2 ? 255 : 0,
    );
    assert.ok(pdqHash({ kind: 'luma', width: 512, height: 512, data: fine }).quality < 50);
  });
});

describe('gradients', () => {
  const ramp = (w: number, h: number, across: boolean): PdqImage => ({
    kind: 'luma',
    width: w,
    height: h,
    data: new Uint8Array(w * h).map((_, i) =>
      Math.round(((across ? i % w : Math.floor(i / w)) * 255) / ((across ? w : h) - 1)),
    ),
  });

  it('rate a plain ramp below the quality floor: its spectrum is nearly empty', () => {
    for (const across of [true, false]) {
      const r = pdqHash(ramp(300, 200, across));
      assert.ok(r.quality < PDQ_QUALITY_FLOOR, `quality ${r.quality}`);
      assert.deepEqual(pdqHash(ramp(300, 200, across)), r, 'hashing is deterministic');
    }
  });
  it('keep a ramp under structure from changing the structure hash much', () => {
    const scene = cells(300, 300, 30);
    const shaded: PdqImage = {
      ...scene,
      data: scene.data.map((v, i) => Math.min(255, Math.round(v * 0.8 + (i % 300) * 0.15))),
    };
    const d = pdqHammingDistance(pdqHash(scene).hash, pdqHash(shaded).hash);
    assert.ok(d <= PDQ_MATCH_THRESHOLD, `distance ${d}`);
  });
});

describe('pdqDihedralHashes', () => {
  const image = cells(300, 300, 30);
  const dihedral = pdqDihedralHashes(image);

  it('gives as original the same hash and quality as pdqHash', () => {
    assert.equal(dihedral.hashes.original, pdqHash(image).hash);
    assert.equal(dihedral.quality, pdqHash(image).quality);
  });
  for (const t of DIHEDRAL_TRANSFORMS) {
    it(`predicts the hash of the ${t} image and no other`, () => {
      const actual = pdqHash(transformed(image, t)).hash;
      for (const other of DIHEDRAL_TRANSFORMS) {
        const d = pdqHammingDistance(actual, dihedral.hashes[other]);
        if (other === t) assert.ok(d <= PDQ_MATCH_THRESHOLD, `${t} vs ${other}: ${d}`);
        else assert.ok(d > PDQ_MATCH_THRESHOLD, `${t} vs ${other}: ${d}`);
      }
    });
  }
});

describe('pdqHash with stretchTo', () => {
  /** `image` stretched by CImg's nearest neighbour, as a copy. */
  const stretched = (image: PdqImage, width: number, height: number): PdqImage =>
    remap(image, width, height, (r, c) => [
      Math.floor((r * image.height) / height),
      Math.floor((c * image.width) / width),
    ]);

  it('hashes as the stretched copy would, plain and dihedral, at the CLI size and others', () => {
    const image = cells(700, 300, 13);
    for (const [width, height] of [
      [512, 512],
      [64, 64],
      [90, 140],
    ] as const) {
      const stretchTo = { width, height };
      const copy = stretched(image, width, height);
      assert.deepEqual(pdqHash(image, { stretchTo }), pdqHash(copy), `${width}x${height}`);
      assert.deepEqual(pdqDihedralHashes(image, { stretchTo }), pdqDihedralHashes(copy));
    }
  });
  it('applies the size rules to the stretched size', () => {
    assert.deepEqual(pdqHash(cells(300, 300, 30), { stretchTo: { width: 4, height: 512 } }), {
      hash: ZERO,
      quality: 0,
    });
    assert.notEqual(pdqHash(cells(3, 3, 1), { stretchTo: { width: 512, height: 512 } }).hash, ZERO);
  });
  it('throws on a stretch that is not a positive size', () => {
    assert.throws(
      () => pdqHash(cells(10, 10, 2), { stretchTo: { width: 0, height: 5 } }),
      RangeError,
    );
  });
});

describe('pdqHash input checks', () => {
  it('throws on a buffer that does not fit the dimensions', () => {
    assert.throws(
      () => pdqHash({ kind: 'rgb', width: 10, height: 10, data: new Uint8Array(100) }),
      RangeError,
    );
  });
});
