// Bad inputs give coded Result errors, never a throw and never a hash.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { hashImageFile } from './hash-image-file.ts';
import type { ImageErrorCode } from './image-errors.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concord-pdq-errors-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function expectError(path: string, code: ImageErrorCode, options = {}) {
  const r = await hashImageFile(path, options);
  assert.equal(r.ok, false, `${path} should not hash`);
  if (!r.ok) {
    assert.equal(r.error.code, code, r.error.message);
    assert.ok(r.error.message.length > 10, 'the message says what went wrong');
  }
  return r;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header claims `width` x `height` grey pixels, with `idat` as its data. */
function pngWithHeader(width: number, height: number, idat: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grey
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', idat),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** A little-endian grey TIFF of 32-bit float samples (SampleFormat 3), built by hand. */
function floatTiff(width: number, height: number): Buffer {
  const entries: ReadonlyArray<readonly [tag: number, type: number, value: number]> = [
    [256, 4, width],
    [257, 4, height],
    [258, 3, 32], // bits per sample
    [259, 3, 1], // no compression
    [262, 3, 1], // black is zero
    [273, 4, 0], // strip offset, patched below
    [277, 3, 1], // samples per pixel
    [278, 4, height], // rows per strip
    [279, 4, width * height * 4], // strip bytes
    [339, 3, 3], // IEEE float samples
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const out = Buffer.alloc(8 + ifdSize + width * height * 4);
  out.write('II*\0', 0, 'latin1');
  out.writeUInt32LE(8, 4);
  out.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(1, at + 4);
    if (type === 3) out.writeUInt16LE(value, at + 8);
    else out.writeUInt32LE(tag === 273 ? 8 + ifdSize : value, at + 8);
  });
  for (let i = 0; i < width * height; i++) out.writeFloatLE((i % 7) / 7, 8 + ifdSize + i * 4);
  return out;
}

const scene = sharp({
  create: { width: 300, height: 200, channels: 3, background: { r: 20, g: 160, b: 90 } },
}).composite([
  {
    input: {
      create: { width: 100, height: 80, channels: 3, background: { r: 250, g: 10, b: 10 } },
    },
    left: 40,
    top: 30,
  },
]);

describe('files that are not images', () => {
  it('reports a missing file, a directory and an empty file', async () => {
    await expectError(join(dir, 'nope.jpg'), 'file_not_found');
    await mkdir(join(dir, 'folder.jpg'));
    await expectError(join(dir, 'folder.jpg'), 'not_a_file');
    await expectError(await file('empty.jpg', new Uint8Array(0)), 'empty_file');
  });

  it('reports text, random bytes and vector formats as unsupported', async () => {
    await expectError(await file('notes.jpg', 'not an image, just text\n'), 'unsupported_format');
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) & 255);
    await expectError(await file('noise.png', noise), 'unsupported_format');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64"/></svg>';
    await expectError(await file('drawing.svg', svg), 'unsupported_format');
  });
});

describe('sample formats', () => {
  it('refuses float samples, whose range an 8-bit reading would have to guess', async () => {
    const path = await file('float.tif', floatTiff(16, 16));
    assert.equal((await sharp(path).metadata()).depth, 'float');
    await expectError(path, 'unsupported_format');
  });
});

describe('HEIC', () => {
  it('says HEIC cannot be decoded here and how to convert it, rather than calling it truncated', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'concord-heic-'));
    try {
      const path = join(dir, 'photo.heic');
      const box = Buffer.alloc(24);
      box.writeUInt32BE(24, 0);
      box.write('ftypheic', 4, 'ascii');
      box.write('mif1heic', 16, 'ascii');
      await writeFile(path, Buffer.concat([box, Buffer.alloc(2000, 7)]));
      const r = await hashImageFile(path);
      assert.equal(!r.ok && r.error.code, 'unsupported_encoding');
      assert.match(!r.ok ? r.error.message : '', /HEIC .* convert them to JPEG or PNG/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('damaged images', () => {
  for (const format of ['jpeg', 'png', 'gif', 'webp'] as const) {
    it(`reports a ${format} cut in half as truncated`, async () => {
      const whole = await scene.clone().toFormat(format).toBuffer();
      const half = whole.subarray(0, Math.floor(whole.length / 2));
      await expectError(await file(`half.${format}`, half), 'truncated');
    });
  }

  it('reports a JPEG missing only its last bytes as truncated', async () => {
    const whole = await scene.clone().jpeg().toBuffer();
    await expectError(await file('short.jpg', whole.subarray(0, whole.length - 2)), 'truncated');
  });

  it('reports a complete PNG with garbage pixel data as corrupt', async () => {
    const garbage = Uint8Array.from({ length: 300 }, (_, i) => (i * 31 + 7) & 255);
    await expectError(await file('garbage.png', pngWithHeader(64, 64, garbage)), 'corrupt_image');
  });
});

describe('decompression bombs', () => {
  it('refuses a tiny file declaring 40000x40000 pixels before decoding it', async () => {
    const bomb = pngWithHeader(40000, 40000, deflateSync(new Uint8Array(40001 * 4)));
    assert.ok(bomb.length < 2000);
    const started = Date.now();
    const r = await expectError(await file('bomb.png', bomb), 'pixel_limit_exceeded');
    assert.ok(Date.now() - started < 2000, 'refused from the header, not after decoding');
    if (!r.ok) assert.match(r.error.message, /40000x40000/);
  });

  it('honours a lower pixel limit given by the caller', async () => {
    const path = await file('normal.png', await scene.clone().png().toBuffer());
    await expectError(path, 'pixel_limit_exceeded', { maxInputPixels: 300 * 200 - 1 });
    assert.ok((await hashImageFile(path, { maxInputPixels: 300 * 200 })).ok);
  });
});
