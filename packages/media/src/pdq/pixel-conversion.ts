// Pixel-level steps of the reference CLI pipeline that sharp does not do the
// way the reference's decoder (ImageMagick, read through CImg) does them.

import type { PdqImage } from '@concord/core';

/**
 * CMYK to RGB the way ImageMagick 6 (Q16) converts for the reference: no colour
 * management, `R = (1 - C)(1 - K)` in 16-bit quanta, rounded, then scaled to 8
 * bits. `cmyk` holds sharp's CMYK samples (0 = no ink; sharp has already undone
 * the Adobe inversion of CMYK JPEGs), `channels` samples per pixel with C, M, Y,
 * K first.
 */
export function rgbFromCmykNaive(cmyk: Uint8Array, pixels: number, channels: number): Uint8Array {
  const rgb = new Uint8Array(pixels * 3);
  for (let i = 0, p = 0; i < pixels; i++, p += channels) {
    const white = 255 - (cmyk[p + 3] ?? 0);
    for (let c = 0; c < 3; c++) {
      const quantum = Math.round(((255 - (cmyk[p + c] ?? 0)) * white * 257) / 255);
      // ImageMagick's ScaleQuantumToChar for Q16.
      rgb[i * 3 + c] = (quantum + 128 - ((quantum + 128) >> 8)) >> 8;
    }
  }
  return rgb;
}

/**
 * 16-bit samples to 8 bits by rounding v / 257 (the inverse of the usual 8 to
 * 16-bit expansion v * 257). This deliberately departs from the reference CLI,
 * which keeps only the low byte of each sample (a bug that turns smooth 16-bit
 * images into noise).
 */
export function eightBitFromSixteen(samples: Uint16Array): Uint8Array {
  const out = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = Math.round((samples[i] ?? 0) / 257);
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
export const REFERENCE_RESIZE_DIMENSION = 512;

/**
 * CImg's nearest-neighbour `resize(w, h)` (interpolation 1): destination x takes
 * source column floor(x * srcWidth / w), likewise for rows. Aspect is not kept.
 */
export function resizeNearest(image: PdqImage, width: number, height: number): PdqImage {
  const channels = image.kind === 'rgb' ? 3 : 1;
  const out = new Uint8Array(width * height * channels);
  const srcCols = new Int32Array(width);
  for (let x = 0; x < width; x++) srcCols[x] = Math.floor((x * image.width) / width);
  for (let y = 0; y < height; y++) {
    const srcRow = Math.floor((y * image.height) / height) * image.width;
    for (let x = 0; x < width; x++) {
      const from = (srcRow + (srcCols[x] ?? 0)) * channels;
      const to = (y * width + x) * channels;
      for (let c = 0; c < channels; c++) out[to + c] = image.data[from + c] ?? 0;
    }
  }
  return { kind: image.kind, width, height, data: out };
}

/** The reference CLI's pre-resize: images over 512 px on either side become 512x512. */
export function referencePreResize(image: PdqImage): PdqImage {
  const limit = REFERENCE_RESIZE_DIMENSION;
  if (image.width <= limit && image.height <= limit) return image;
  return resizeNearest(image, limit, limit);
}
