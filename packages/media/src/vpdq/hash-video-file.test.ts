// vPDQ end to end on benign videos that ffmpeg generates here (its testsrc,
// testsrc2 and mandelbrot sources): re-encodes, resizes and trims of a video
// match it, unrelated videos do not, and bad inputs give coded errors.
// ffmpeg is required: without it these tests fail, they are never skipped.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  formatVpdq,
  matchVpdq,
  parseVpdq,
  pdqHammingDistance,
  type VpdqFeature,
} from '@concord/core';
import { DEBIAN_FFMPEG } from './ffmpeg-process.ts';
import { frameStep, hashVideoFile } from './hash-video-file.ts';
import type { VideoErrorCode } from './video-errors.ts';

const run = promisify(execFile);
const workDir = mkdtemp(join(tmpdir(), 'concord-vpdq-'));
after(async () => rm(await workDir, { recursive: true, force: true }));

async function ffmpeg(...args: string[]): Promise<void> {
  await run(DEBIAN_FFMPEG.ffmpegPath, ['-v', 'error', '-y', ...args]);
}

const X264 = ['-c:v', 'libx264', '-pix_fmt', 'yuv420p'];

/** Each test video is made once, on first use. */
const made = new Map<string, Promise<string>>();
function video(name: string, make: (path: string) => Promise<void>): Promise<string> {
  let path = made.get(name);
  if (!path) {
    path = workDir.then(async (dir) => {
      const file = join(dir, name);
      await make(file);
      return file;
    });
    made.set(name, path);
  }
  return path;
}

const lavfi = (source: string) => (path: string) =>
  ffmpeg('-f', 'lavfi', '-i', source, '-t', '8', ...X264, '-crf', '18', path);
const testsrc = () => video('testsrc.mp4', lavfi('testsrc=size=320x240:rate=25'));
const testsrc2 = () => video('testsrc2.mp4', lavfi('testsrc2=size=320x240:rate=25'));
const mandelbrot = () => video('mandelbrot.mp4', lavfi('mandelbrot=size=320x240:rate=25'));
const derived = (name: string, source: () => Promise<string>, ...args: string[]) =>
  video(name, async (path) => ffmpeg('-i', await source(), ...args, path));

async function features(path: string, secondsPerHash?: number): Promise<readonly VpdqFeature[]> {
  const r = await hashVideoFile(path, secondsPerHash === undefined ? {} : { secondsPerHash });
  assert.ok(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}`);
  return r.value.features;
}

async function expectError(path: string, code: VideoErrorCode, options = {}) {
  const r = await hashVideoFile(path, options);
  assert.equal(r.ok ? 'ok' : r.error.code, code, r.ok ? '' : r.error.message);
}

it('has Debian ffmpeg and ffprobe to hash videos with', () => {
  for (const tool of [DEBIAN_FFMPEG.ffmpegPath, DEBIAN_FFMPEG.ffprobePath]) {
    assert.ok(existsSync(tool), `${tool} is missing: apt-get install ffmpeg`);
  }
});

describe('hashVideoFile sampling', () => {
  it('hashes one frame per second: frame numbers every frame-rate frames, timestamps in seconds', async () => {
    const r = await hashVideoFile(await testsrc());
    assert.ok(r.ok);
    const { features: f, frameRate, width, height, policy, implementation } = r.value;
    assert.deepEqual(
      [frameRate, width, height, policy, implementation],
      [25, 320, 240, 'full_resolution', 'concord-vpdq/1'],
    );
    assert.deepEqual(
      f.map((x) => x.frameNumber),
      [0, 25, 50, 75, 100, 125, 150, 175],
    );
    assert.deepEqual(
      f.map((x) => x.timestamp),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
    assert.ok(f.every((x) => x.quality === 100));
  });

  it('selects inside ffmpeg exactly the frames that hashing every frame would pick', async () => {
    const every = await features(await testsrc(), 0);
    assert.equal(every.length, 200);
    const picked = every.filter((x) => x.frameNumber % 25 === 0);
    assert.deepEqual(await features(await testsrc()), picked);
    const half = await features(await testsrc(), 0.5);
    assert.equal(frameStep(0.5, 25), 12);
    assert.deepEqual(
      half,
      every.filter((x) => x.frameNumber % 12 === 0),
    );
  });

  it('uses a truncated frame step and float32 timestamps at 29.97 fps', async () => {
    const ntsc = await video('ntsc.mp4', (path) =>
      ffmpeg(
        '-f',
        'lavfi',
        '-i',
        'testsrc2=size=160x120:rate=30000/1001',
        '-t',
        '3',
        ...X264,
        path,
      ),
    );
    const r = await hashVideoFile(ntsc);
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.features.map((x) => x.frameNumber),
      [0, 29, 58, 87], // 90 frames in 3 s
    );
    assert.equal(formatVpdq(r.value.features).split('\n')[1]?.split(',')[3], '0.968');
  });

  it('writes the reference text form and reads it back', async () => {
    const f = await features(await mandelbrot());
    const text = formatVpdq(f);
    assert.match(text.split('\n')[1] ?? '', /^25,\d+,[0-9a-f]{64},1\.000$/);
    const parsed = parseVpdq(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, f);
    const path = join(await workDir, 'mandelbrot.vpdq.txt');
    await writeFile(path, text);
    assert.equal(formatVpdq(parsed.value), await readFile(path, 'utf8'));
  });
});

describe('vPDQ matching of generated videos', () => {
  const copies = [
    [
      'a lower-bitrate re-encode',
      () => derived('low.mp4', testsrc, ...X264, '-b:v', '60k'),
      testsrc,
    ],
    [
      'a VP8 WebM re-encode',
      () => derived('vp8.webm', testsrc, '-c:v', 'libvpx', '-b:v', '200k'),
      testsrc,
    ],
    [
      'an upscale to 640x480',
      () => derived('up.mp4', testsrc, '-vf', 'scale=640:480', ...X264),
      testsrc,
    ],
    [
      'a downscale to 160x120',
      () => derived('b-small.mp4', testsrc2, '-vf', 'scale=160:120', ...X264),
      testsrc2,
    ],
    [
      'a downscale to 160x120',
      () => derived('c-small.mp4', mandelbrot, '-vf', 'scale=160:120', ...X264),
      mandelbrot,
    ],
  ] as const;

  for (const [what, copy, original] of copies) {
    it(`matches ${what} with its original`, async () => {
      const [query, compared] = await Promise.all([
        features(await copy()),
        features(await original()),
      ]);
      const r = matchVpdq(query, compared);
      assert.ok(r.isMatch, JSON.stringify(r));
      const distances = query.map((q, i) =>
        pdqHammingDistance(q.hash, compared[i]?.hash ?? q.hash),
      );
      assert.ok(Math.max(...distances) <= 31, `frame distances ${distances.join(',')}`);
    });
  }

  it('matches a 4-second trim found in the full video, but not the full video in the trim', async () => {
    const trim = await derived('trim.mp4', testsrc, '-ss', '2', '-t', '4', ...X264);
    const part = await features(trim);
    const whole = await features(await testsrc());
    assert.equal(part.length, 4);
    const partInWhole = matchVpdq(part, whole);
    assert.deepEqual([partInWhole.queryMatchPercent, partInWhole.comparedMatchPercent], [100, 50]);
    assert.equal(partInWhole.isMatch, true);
    assert.equal(matchVpdq(whole, part).isMatch, false);
    assert.equal(matchVpdq(whole, part, { queryMatchPercent: 50 }).isMatch, true);
  });

  it('does not match unrelated videos', async () => {
    const all = await Promise.all(
      [testsrc(), testsrc2(), mandelbrot()].map(async (p) => features(await p)),
    );
    for (const [i, a] of all.entries()) {
      for (const [j, b] of all.entries()) {
        if (i === j) continue;
        const r = matchVpdq(a, b);
        assert.equal(r.isMatch, false, `${i} vs ${j}: ${JSON.stringify(r)}`);
        assert.equal(r.queryMatchPercent, 0);
      }
    }
  });
});

describe('hashVideoFile errors', () => {
  const half = (name: string, source: () => Promise<string>, ...args: string[]) =>
    video(name, async (path) => {
      const full = `${path}.full${name.slice(name.lastIndexOf('.'))}`;
      await ffmpeg('-i', await source(), ...args, full);
      const bytes = await readFile(full);
      await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    });

  it('reports an MP4 cut before its index as truncated', async () => {
    await expectError(await half('cut.mp4', testsrc, ...X264), 'truncated');
  });
  it('reports a fast-start MP4 cut in the middle of its frames as truncated', async () => {
    await expectError(
      await half('cut-faststart.mp4', testsrc, ...X264, '-movflags', '+faststart'),
      'truncated',
    );
  });
  it('reports a WebM cut in half as truncated', async () => {
    await expectError(
      await half('cut.webm', testsrc, '-c:v', 'libvpx', '-b:v', '300k'),
      'truncated',
    );
  });

  it('reports text, audio and still images as not videos', async () => {
    const dir = await workDir;
    await writeFile(join(dir, 'notes.mp4'), 'this is not a video\n');
    await expectError(join(dir, 'notes.mp4'), 'not_a_video');
    const audio = await video('tone.wav', (p) => ffmpeg('-f', 'lavfi', '-i', 'sine=duration=1', p));
    await expectError(audio, 'not_a_video');
    const still = await video('still.png', (p) =>
      ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x64', '-frames:v', '1', p),
    );
    await expectError(still, 'not_a_video');
  });

  it('reports missing, empty and too-small inputs', async () => {
    const dir = await workDir;
    await expectError(join(dir, 'absent.mp4'), 'file_not_found');
    await writeFile(join(dir, 'empty.mp4'), '');
    await expectError(join(dir, 'empty.mp4'), 'empty_file');
    const tiny = await video('tiny.mkv', (p) =>
      ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=4x4:rate=5', '-t', '1', '-c:v', 'ffv1', p),
    );
    await expectError(tiny, 'video_too_small');
  });

  it('reports ffmpeg or ffprobe missing as ffmpeg_missing', async () => {
    const path = await testsrc();
    const absent = '/nonexistent/bin/ffmpeg';
    await expectError(path, 'ffmpeg_missing', { tools: { ...DEBIAN_FFMPEG, ffmpegPath: absent } });
    await expectError(path, 'ffmpeg_missing', { tools: { ...DEBIAN_FFMPEG, ffprobePath: absent } });
  });

  it('stops when aborted', async () => {
    const path = await testsrc();
    await expectError(path, 'aborted', { signal: AbortSignal.abort() });
    const controller = new AbortController();
    const pending = hashVideoFile(path, { secondsPerHash: 0, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const r = await pending;
    assert.equal(r.ok ? 'ok' : r.error.code, 'aborted');
  });
});
