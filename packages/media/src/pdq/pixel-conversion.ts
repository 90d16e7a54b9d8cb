// Pixel-level steps of the reference CLI pipeline that sharp does not do the
// way the reference's decoder (ImageMagick, read through CImg) does them.

import type { PdqImage, PdqStretch } from '@concord/core';

/**
 * How 16-bit samples become the 8 bits PDQ hashes.
 *
 * - `low_byte`: what the reference CLI does. ImageMagick hands CImg a 16-bit
 *   PNM and CImg stores each sample in a `uint8_t`, keeping `v & 0xff` (a bug:
 *   smooth 16-bit images become noise, but it is what the reference's hashes
 *   are made of).
 * - `scaled`: v / 257 rounded, the inverse of the usual 8-to-16-bit expansion
 *   v * 257, and what ImageMagick's own 16-to-8-bit scaling (ScaleQuantumToChar)
 *   computes.
 */
export type SixteenBitReading = 'low_byte' | 'scaled';

/** 16-bit samples (or ImageMagick Q16 quanta) to 8 bits, read as `reading` says. */
export function eightBitFromSixteen(samples: Uint16Array, reading: SixteenBitReading): Uint8Array {
  const out = new Uint8Array(samples.length);
  if (reading === 'low_byte') {
    // The Uint8Array store keeps the low 8 bits of each value.
    out.set(samples);
    return out;
  }
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i] ?? 0;
    out[i] = (v + 128 - ((v + 128) >> 8)) >> 8;
  }
  return out;
}

const QUANTUM_RANGE = 65535;

/**
 * CMYK to RGB the way ImageMagick 6 (Q16) converts for the reference: no colour
 * management, `R = (1 - C)(1 - K)` in 16-bit quanta, rounded. `cmyk` holds
 * sharp's CMYK samples as quanta (0 = no ink; sharp has already undone the
 * Adobe inversion of CMYK JPEGs; 8-bit samples are widened v * 257 first, as
 * ImageMagick reads them), `channels` per pixel with C, M, Y, K first. The
 * result is RGB in quanta, for `eightBitFromSixteen`.
 */
export function rgbFromCmykNaive(cmyk: Uint16Array, pixels: number, channels: number): Uint16Array {
  const rgb = new Uint16Array(pixels * 3);
  for (let i = 0, p = 0; i < pixels; i++, p += channels) {
    const white = QUANTUM_RANGE - (cmyk[p + 3] ?? 0);
    for (let c = 0; c < 3; c++) {
      const ink = QUANTUM_RANGE - (cmyk[p + c] ?? 0);
      rgb[i * 3 + c] = Math.round((ink * white) / QUANTUM_RANGE);
    }
  }
  return rgb;
}

/** 8-bit samples as ImageMagick Q16 holds them: v * 257. */
export function quantaFromEightBit(samples: Uint8Array): Uint16Array {
  const out = new Uint16Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = (samples[i] ?? 0) * 257;
  return out;
}

/**
 * A 1- or 3-channel buffer as the image PDQ will see. Like ImageMagick writing
 * PNM for the reference, an RGB image whose every pixel has R = G = B becomes a
 * grey (luma) image, which the reference hashes on its single-channel path.
 */
export function toPdqImage(
  data: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 3,
): PdqImage {
  if (channels === 1) return { kind: 'luma', width, height, data };
  const pixels = width * height;
  for (let p = 0; p < pixels * 3; p += 3) {
    const r = data[p];
    if (r !== data[p + 1] || r !== data[p + 2]) return { kind: 'rgb', width, height, data };
  }
  const grey = new Uint8Array(pixels);
  for (let i = 0; i < pixels; i++) grey[i] = data[i * 3] ?? 0;
  return { kind: 'luma', width, height, data: grey };
}

/** The side the reference CLI stretches large images to, both ways. */
const REFERENCE_RESIZE_DIMENSION = 512;

/**
 * CImg's nearest-neighbour `resize(w, h)` (interpolation 1): destination x takes
 * source column floor(x * srcWidth / w), likewise for rows. Aspect is not kept.
 */
export function resizeNearest(image: PdqImage, width: number, height: number): PdqImage {
  const channels = image.kind === 'rgb' ? 3 : 1;
  const src = image.data;
  const out = new Uint8Array(width * height * channels);
  // Byte offset of each destination column's source pixel within a source row.
  const srcCols = new Int32Array(width);
  for (let x = 0; x < width; x++) srcCols[x] = Math.floor((x * image.width) / width) * channels;
  const srcStride = image.width * channels;
  for (let y = 0, to = 0; y < height; y++) {
    const srcRow = Math.floor((y * image.height) / height) * srcStride;
    if (channels === 1) {
      for (let x = 0; x < width; x++, to++) out[to] = src[srcRow + (srcCols[x] ?? 0)] ?? 0;
    } else {
      for (let x = 0; x < width; x++, to += 3) {
        const from = srcRow + (srcCols[x] ?? 0);
        out[to] = src[from] ?? 0;
        out[to + 1] = src[from + 1] ?? 0;
        out[to + 2] = src[from + 2] ?? 0;
      }
    }
  }
  return { kind: image.kind, width, height, data: out };
}

/** The reference CLI's pre-resize: images over 512 px on either side become 512x512. */
export function referenceStretch(image: PdqImage): PdqStretch | undefined {
  const limit = REFERENCE_RESIZE_DIMENSION;
  if (image.width <= limit && image.height <= limit) return undefined;
  return { width: limit, height: limit };
}
