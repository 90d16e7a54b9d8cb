// PDQ hashing throughput on 1,000 generated 1000x750 JPEGs (benign patterns)
// and on the conformance vectors, against sharp decoding the same files alone
// in the same run. The reference C++ pdq-photo-hasher does 12.1 images/s end
// to end on such files on this machine kind (ImageMagick decode subprocess).
//   npm run bench -- pdq [--images N] [--workers N]
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createHashPool, defaultWorkerCount } from '@concord/media';
import type { Bench, BenchLine } from './run.ts';

const WIDTH = 1000;
const HEIGHT = 750;

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
  return value;
}

/** Deterministic, benign test pictures: gradients, rings and blocks that differ per seed. */
async function makeImages(dir: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  const raw = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let n = 0; n < count; n++) {
    const path = join(dir, `pattern-${String(n).padStart(4, '0')}.jpg`);
    paths.push(path);
    if (existsSync(path)) continue;
    const fx = 1 + (n % 7);
    const fy = 1 + ((n * 3) % 11);
    for (let y = 0; y < HEIGHT; y++) {
      for (let x = 0; x < WIDTH; x++) {
        const i = (y * WIDTH + x) * 3;
        const ring = Math.sin(Math.hypot(x - 500 + n, y - 375 - n) / (8 + (n % 13))) * 60;
        raw[i] = (x * fx + n * 17 + ring) & 255;
        raw[i + 1] = (y * fy + ((x >> 5) ^ (y >> 5)) * 40 + n) & 255;
        raw[i + 2] = (((x + y) * ((n % 5) + 1)) >> 2) & 255;
      }
    }
    await sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .jpeg({ quality: 85 })
      .toFile(path);
  }
  return paths;
}

function vectorImages(): string[] {
  const root = join(
    new URL('..', import.meta.url).pathname,
    '..',
    'shared',
    'vectors',
    'pdq',
    'images',
  );
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.(jpe?g|png|webp|gif)$/i.test(e.name)) out.push(join(dir, e.name));
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

async function timed(run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function hashAll(paths: readonly string[], workers: number): Promise<number> {
  const pool = createHashPool({ workers });
  try {
    await pool.hash(paths[0] ?? ''); // warm the workers up
    return await timed(async () => {
      const results = await Promise.all(paths.map((p) => pool.hash(p)));
      const bad = results.filter((r) => !r.ok || r.value.media.kind !== 'image');
      if (bad.length > 0) throw new Error(`${bad.length} images did not hash`);
    });
  } finally {
    await pool.close();
  }
}

const bench: Bench = async (args, emit) => {
  const count = option(args, 'images', 1000);
  const allWorkers = option(args, 'workers', defaultWorkerCount());
  const images = await makeImages(join(tmpdir(), 'concord-bench-pdq-v1'), count);
  const line = (
    metric: string,
    value: number,
    extra: Record<string, string | number> = {},
  ): BenchLine => ({
    bench: 'pdq',
    metric,
    value: Number(value.toFixed(2)),
    unit: 'images/s',
    images: images.length,
    width: WIDTH,
    height: HEIGHT,
    ...extra,
  });

  const decodeSeconds = await timed(async () => {
    for (const p of images) await sharp(p, { failOn: 'error' }).removeAlpha().raw().toBuffer();
  });
  emit(
    line('decode_only_images_per_s', images.length / decodeSeconds, {
      baseline: 'sharp full decode to RGB, one at a time',
    }),
  );

  emit(
    line('images_per_s', images.length / (await hashAll(images, 1)), {
      workers: 1,
      pipeline: 'md5+sha1+sha256+decode+pdq',
    }),
  );
  emit(
    line('images_per_s_all_workers', images.length / (await hashAll(images, allWorkers)), {
      workers: allWorkers,
      pipeline: 'md5+sha1+sha256+decode+pdq',
    }),
  );

  const vectors = vectorImages();
  if (vectors.length > 0) {
    emit({
      ...line('vectors_images_per_s', vectors.length / (await hashAll(vectors, 1)), { workers: 1 }),
      images: vectors.length,
      width: 0,
      height: 0,
    });
  }
};

export default bench;
