import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertStretch, floatLuma, lumaRowsOf, type PdqImage } from './pixel-image.ts';

/** The reference's luma, computed directly: each float product and sum rounded, left to right. */
function referenceLuma(r: number, g: number, b: number): number {
  const f = Math.fround;
  return f(f(f(f(0.299) * r) + f(f(0.587) * g)) + f(f(0.114) * b));
}

function seeded(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state >> 23;
  });
}

describe('floatLuma', () => {
  it('equals the reference formula for every value of each channel and for random colours', () => {
    const ramp = Uint8Array.from({ length: 256 * 3 }, (_, i) => Math.floor(i / 3));
    const random = seeded(3 * 20_000, 9);
    for (const data of [ramp, random]) {
      const luma = floatLuma({ kind: 'rgb', width: data.length / 3, height: 1, data });
      luma.forEach((v, i) => {
        const want = referenceLuma(data[i * 3] ?? 0, data[i * 3 + 1] ?? 0, data[i * 3 + 2] ?? 0);
        assert.ok(Object.is(v, want), `pixel ${i}: ${v} != ${want}`);
      });
    }
  });
});

describe('lumaRowsOf with a stretch', () => {
  /** CImg's nearest-neighbour resize, written plainly: the copy a stretch spares. */
  function resized(image: PdqImage, width: number, height: number): PdqImage {
    const channels = image.kind === 'rgb' ? 3 : 1;
    const data = new Uint8Array(width * height * channels);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const sy = Math.floor((y * image.height) / height);
        const sx = Math.floor((x * image.width) / width);
        for (let c = 0; c < channels; c++) {
          data[(y * width + x) * channels + c] =
            image.data[(sy * image.width + sx) * channels + c] ?? 0;
        }
      }
    }
    return { kind: image.kind, width, height, data };
  }

  it('gives the luma of the resized copy, shrinking or enlarging, grey or RGB', () => {
    const images: PdqImage[] = [
      { kind: 'rgb', width: 97, height: 61, data: seeded(97 * 61 * 3, 1) },
      { kind: 'luma', width: 97, height: 61, data: seeded(97 * 61, 2) },
    ];
    for (const image of images) {
      for (const [width, height] of [
        [40, 30],
        [512, 512],
        [97, 200],
      ] as const) {
        const luma = new Float32Array(width * height);
        const rows = lumaRowsOf(image, { width, height });
        // In two calls, as the filter asks for bands of rows.
        rows(0, 7, luma);
        rows(7, height - 7, luma.subarray(7 * width));
        assert.deepEqual(
          luma,
          floatLuma(resized(image, width, height)),
          `${image.kind} ${width}x${height}`,
        );
      }
    }
  });

  it('refuses a stretch that is not a positive whole size', () => {
    for (const bad of [
      { width: 0, height: 10 },
      { width: 10, height: -1 },
      { width: 2.5, height: 10 },
    ]) {
      assert.throws(() => assertStretch(bad), RangeError);
    }
  });
});
