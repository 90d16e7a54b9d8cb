// The file -> pixels -> PDQ path on images generated here (benign synthetic
// scenes): sizes, the 512 pre-resize, colour models, metadata that must be
// ignored, and rotated / mirrored / re-encoded copies.

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp, { type Sharp } from 'sharp';
import {
  DIHEDRAL_TRANSFORMS,
  PDQ_MATCH_THRESHOLD,
  pdqDihedralHashes,
  pdqHammingDistance,
  pdqHash,
  type DihedralTransform,
} from '@concord/core';
import { decodeImageForPdq } from './decode-image.ts';
import { hashImageFile, hashImageFileDihedral } from './hash-image-file.ts';
import { resizeNearest } from './pixel-conversion.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concord-pdq-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Colour cells of seeded random RGB: a scene with energy at every PDQ frequency. */
function scene(width: number, height: number, cell: number, seed = 7): Uint8Array {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) % 256;
  const across = Math.ceil(width / cell);
  const colours = Array.from({ length: across * Math.ceil(height / cell) }, () => [
    next(),
    next(),
    next(),
  ]);
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = colours[Math.floor(y / cell) * across + Math.floor(x / cell)] ?? [0, 0, 0];
      data.set(colour, (y * width + x) * 3);
    }
  }
  return data;
}

function raw(data: Uint8Array, width: number, height: number, channels: 1 | 3 | 4 = 3): Sharp {
  return sharp(data, { raw: { width, height, channels } });
}

async function save(name: string, image: Sharp): Promise<string> {
  const path = join(dir, name);
  await image.toFile(path);
  return path;
}

async function hashOf(path: string) {
  const r = await hashImageFile(path);
  assert.ok(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('image sizes', () => {
  it('hashes images under 5 px on a side to zeros with quality 0, and 5x5 images normally', async () => {
    for (const [w, h] of [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [4, 9],
      [9, 4],
    ] as const) {
      const r = await hashOf(await save(`tiny-${w}x${h}.png`, raw(scene(w, h, 1), w, h)));
      assert.deepEqual([r.hash, r.quality], ['0'.repeat(64), 0], `${w}x${h}`);
    }
    const five = await hashOf(await save('five.png', raw(scene(5, 5, 1), 5, 5)));
    assert.notEqual(five.hash, '0'.repeat(64));
  });

  it('hashes an exactly 64x64 file without the tent filter, like the pixel-level hasher', async () => {
    const pixels = scene(64, 64, 4);
    const r = await hashOf(await save('exact64.png', raw(pixels, 64, 64)));
    assert.deepEqual(
      { hash: r.hash, quality: r.quality },
      pdqHash({ kind: 'rgb', width: 64, height: 64, data: pixels }),
    );
  });

  it('stretches 513xN to 512x512 by CImg nearest neighbour, and keeps 512x512 as is', async () => {
    const pixels = scene(513, 40, 9);
    const path = await save('wide.png', raw(pixels, 513, 40));
    const decoded = await decodeImageForPdq(path);
    assert.ok(decoded.ok);
    const { image } = decoded.value;
    assert.deepEqual([image.width, image.height, decoded.value.width], [512, 512, 513]);
    // Column x of the output is source column floor(x * 513 / 512): 511 -> 511, 256 -> 256;
    // row y is source row floor(y * 40 / 512): 511 -> 39, 13 -> 1.
    const at = (x: number, y: number) => [
      ...image.data.subarray((y * 512 + x) * 3, (y * 512 + x) * 3 + 3),
    ];
    const src = (x: number, y: number) => [
      ...pixels.subarray((y * 513 + x) * 3, (y * 513 + x) * 3 + 3),
    ];
    assert.deepEqual(at(511, 511), src(511, 39));
    assert.deepEqual(at(256, 13), src(256, 1));
    assert.deepEqual(
      image,
      resizeNearest({ kind: 'rgb', width: 513, height: 40, data: pixels }, 512, 512),
    );
    const square = await decodeImageForPdq(
      await save('512.png', raw(scene(512, 512, 8), 512, 512)),
    );
    assert.ok(square.ok);
    assert.deepEqual(Buffer.from(square.value.image.data), Buffer.from(scene(512, 512, 8)));
  });

  it('hashes large images from the stored pixels exactly as from the stretched copy', async () => {
    // hashImageFile lets the hasher read the stored pixels through the stretch
    // instead of making the 512x512 copy that decodeImageForPdq returns.
    // Shrunk both ways, and stretched taller (200 source rows become 512).
    for (const [name, channels, width, height] of [
      ['large-rgb.png', 3, 700, 520],
      ['large-grey.png', 1, 700, 520],
      ['panorama.png', 3, 900, 200],
    ] as const) {
      const data = scene(width, height, 7).filter((_, i) => channels === 3 || i % 3 === 0);
      const path = await save(name, raw(data, width, height, channels));
      const decoded = await decodeImageForPdq(path);
      assert.ok(decoded.ok);
      const plain = await hashImageFile(path);
      const dihedral = await hashImageFileDihedral(path);
      assert.ok(plain.ok && dihedral.ok);
      const copy = decoded.value.image;
      assert.deepEqual([plain.value.hash, plain.value.quality], Object.values(pdqHash(copy)));
      assert.deepEqual(dihedral.value.hashes, pdqDihedralHashes(copy).hashes);
    }
  });

  it('hashes every pixel under the full_resolution policy and says so', async () => {
    const path = join(dir, 'wide.png');
    const r = await hashImageFile(path, { policy: 'full_resolution' });
    assert.ok(r.ok);
    assert.equal(r.value.policy, 'full_resolution');
    assert.equal(
      r.value.hash,
      pdqHash({ kind: 'rgb', width: 513, height: 40, data: scene(513, 40, 9) }).hash,
    );
  });
});

describe('colour models', () => {
  it('hashes grey pixels the same whether stored as grey or as RGB, on the luma path', async () => {
    const grey = Uint8Array.from(scene(200, 150, 10).filter((_, i) => i % 3 === 0));
    const rgb = new Uint8Array(grey.length * 3).map((_, i) => grey[Math.floor(i / 3)] ?? 0);
    const asGrey = await save('grey.png', raw(grey, 200, 150, 1));
    const asRgb = await save('grey-as-rgb.png', raw(rgb, 200, 150).toColourspace('srgb'));
    for (const path of [asGrey, asRgb]) {
      const d = await decodeImageForPdq(path);
      assert.ok(d.ok);
      assert.equal(d.value.image.kind, 'luma', path);
    }
    assert.equal((await hashOf(asGrey)).hash, (await hashOf(asRgb)).hash);
    assert.equal(
      (await hashOf(asGrey)).hash,
      pdqHash({ kind: 'luma', width: 200, height: 150, data: grey }).hash,
    );
  });

  it('drops alpha without compositing it over a background', async () => {
    const rgb = scene(160, 120, 8);
    const rgba = new Uint8Array(160 * 120 * 4);
    for (let i = 0; i < 160 * 120; i++) {
      rgba.set(rgb.subarray(i * 3, i * 3 + 3), i * 4);
      rgba[i * 4 + 3] = i % 160 < 80 ? 0 : 128; // half fully transparent
    }
    const withAlpha = await hashOf(await save('alpha.png', raw(rgba, 160, 120, 4)));
    const opaque = pdqHash({ kind: 'rgb', width: 160, height: 120, data: rgb });
    assert.equal(withAlpha.hash, opaque.hash);
  });

  it('hashes an 8-bit picture widened to 16 bits like the original under both policies', async () => {
    // Widened as v * 257, whose low byte is v again: the reference's reading
    // and the scaled one agree here.
    const pixels = scene(120, 100, 6);
    const eight = await hashOf(await save('eight.png', raw(pixels, 120, 100)));
    const widened = Uint16Array.from(pixels, (v) => v * 257);
    const path = await save(
      'sixteen.png',
      sharp(widened, { raw: { width: 120, height: 100, channels: 3 } }).toColourspace('rgb16'),
    );
    const asReference = await hashOf(path);
    assert.equal(asReference.hash, eight.hash);
    assert.deepEqual(asReference.departures, []);
    assert.deepEqual(eight.departures, []);
    const scaled = await hashImageFile(path, { policy: 'full_resolution' });
    assert.ok(scaled.ok);
    assert.equal(scaled.value.hash, eight.hash);
    assert.deepEqual(scaled.value.departures, ['sixteen_bit_scaled']);
  });

  for (const channels of [1, 3] as const) {
    it(`reads ${channels === 1 ? 'grey' : 'RGB'} 16-bit samples by their low byte by default, and scaled under full_resolution`, async () => {
      const [width, height] = [90, 70];
      // High byte: a scene; low byte: unrelated noise. The two readings see different pictures.
      const high = scene(width, height, 9, 3);
      const low = scene(width, height, 1, 5);
      const samples = Uint16Array.from({ length: width * height * channels }, (_, i) => {
        const k = channels === 1 ? i * 3 : i;
        return ((high[k] ?? 0) << 8) | (low[k] ?? 0);
      });
      const space = channels === 1 ? 'grey16' : 'rgb16';
      const path = await save(
        `sixteen-${space}.png`,
        sharp(samples, { raw: { width, height, channels } }).toColourspace(space),
      );
      assert.equal((await sharp(path).metadata()).depth, 'ushort');
      const kind = channels === 1 ? 'luma' : 'rgb';
      const expect = (data: Uint8Array) => pdqHash({ kind, width, height, data }).hash;

      const byDefault = await hashOf(path);
      assert.equal(byDefault.hash, expect(Uint8Array.from(samples, (v) => v & 0xff)));
      assert.deepEqual(byDefault.departures, []);

      const scaled = await hashImageFile(path, { policy: 'full_resolution' });
      assert.ok(scaled.ok);
      assert.equal(scaled.value.hash, expect(Uint8Array.from(samples, (v) => Math.round(v / 257))));
      assert.deepEqual(scaled.value.departures, ['sixteen_bit_scaled']);
      assert.notEqual(scaled.value.hash, byDefault.hash);
    });
  }

  it('converts CMYK without colour management, staying close to the RGB original', async () => {
    const pixels = scene(200, 200, 20);
    const rgb = await hashOf(await save('rgb.png', raw(pixels, 200, 200)));
    const cmyk = await hashOf(
      await save('cmyk.jpg', raw(pixels, 200, 200).toColourspace('cmyk').jpeg({ quality: 95 })),
    );
    const d = pdqHammingDistance(rgb.hash, cmyk.hash);
    assert.ok(d <= PDQ_MATCH_THRESHOLD, `distance ${d}`);
  });
});

describe('metadata the reference ignores', () => {
  it('hashes the stored pixels whatever the EXIF orientation says', async () => {
    const pixels = scene(240, 160, 16);
    const plain = await hashOf(
      await save('plain.jpg', raw(pixels, 240, 160).jpeg({ quality: 92 })),
    );
    const tagged = await hashOf(
      await save(
        'oriented.jpg',
        raw(pixels, 240, 160).jpeg({ quality: 92 }).withMetadata({ orientation: 6 }),
      ),
    );
    assert.equal((await sharp(join(dir, 'oriented.jpg')).metadata()).orientation, 6);
    assert.equal(tagged.hash, plain.hash);
    assert.deepEqual([tagged.width, tagged.height], [240, 160]);
  });

  it('takes pixel values as stored, ignoring an embedded ICC profile', async () => {
    const path = await save('p3.png', raw(scene(100, 80, 10), 100, 80).withIccProfile('p3'));
    const stored = await sharp(path, { ignoreIcc: true }).raw().toBuffer();
    const managed = await sharp(path).raw().toBuffer();
    assert.notDeepEqual(stored, managed, 'the profile must matter for this check to mean anything');
    const decoded = await decodeImageForPdq(path);
    assert.ok(decoded.ok);
    assert.deepEqual(Buffer.from(decoded.value.image.data), stored);
  });
});

describe('rotated, mirrored and re-encoded copies', () => {
  const pixels = scene(300, 300, 30);
  // Each step runs in its own pipeline: within one, sharp flips before it rotates.
  type Step = (s: Sharp) => Sharp;
  const cw90: Step = (s) => s.rotate(90); // sharp turns clockwise
  const copies: ReadonlyArray<readonly [DihedralTransform, readonly Step[]]> = [
    ['rotate90', [(s) => s.rotate(270)]], // PDQ's rotate90 is counter-clockwise
    ['rotate180', [(s) => s.rotate(180)]],
    ['rotate270', [cw90]],
    ['flipx', [(s) => s.flip()]], // upside down
    ['flipy', [(s) => s.flop()]], // mirrored left-right
    ['flipplus1', [cw90, (s) => s.flop()]], // transposed
    ['flipminus1', [cw90, (s) => s.flip()]], // anti-transposed
  ];

  for (const [transform, steps] of copies) {
    it(`hashes a ${transform} copy closest to, and within the threshold of, the ${transform} prediction`, async () => {
      const original = await hashImageFileDihedral(await save('scene.png', raw(pixels, 300, 300)));
      assert.ok(original.ok);
      let png = await raw(pixels, 300, 300).png().toBuffer();
      for (const step of steps) png = await step(sharp(png)).png().toBuffer();
      const copy = await hashOf(await save(`scene-${transform}.png`, sharp(png)));
      const distances = DIHEDRAL_TRANSFORMS.map((t) =>
        pdqHammingDistance(copy.hash, original.value.hashes[t]),
      );
      const mine = distances[DIHEDRAL_TRANSFORMS.indexOf(transform)] ?? 256;
      assert.ok(mine <= PDQ_MATCH_THRESHOLD, `${transform}: ${distances.join(',')}`);
      assert.equal(Math.min(...distances), mine, `${transform}: ${distances.join(',')}`);
    });
  }

  it('keeps a JPEG re-encoded at lower quality within the match threshold', async () => {
    const big = scene(900, 700, 50, 11);
    const first = await save('first.jpg', raw(big, 900, 700).jpeg({ quality: 92 }));
    const again = await save('again.jpg', sharp(first).jpeg({ quality: 40 }));
    const a = await hashOf(first);
    const b = await hashOf(again);
    assert.notEqual((await sharp(first).toBuffer()).length, (await sharp(again).toBuffer()).length);
    const d = pdqHammingDistance(a.hash, b.hash);
    assert.ok(d <= PDQ_MATCH_THRESHOLD, `distance ${d}`);
    assert.ok(a.quality >= 50 && b.quality >= 50);
  });

  it('tells unrelated scenes apart', async () => {
    const a = await hashOf(await save('a.png', raw(scene(300, 300, 30, 1), 300, 300)));
    const b = await hashOf(await save('b.png', raw(scene(300, 300, 30, 2), 300, 300)));
    assert.ok(pdqHammingDistance(a.hash, b.hash) > PDQ_MATCH_THRESHOLD);
  });
});
