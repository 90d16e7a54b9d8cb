// vPDQ of a video file, as Meta's vpdq does it (vpdq/cpp/hashing/filehasher.cpp):
// - frames are decoded at their full, stored resolution and converted to RGB24
//   by swscale with SWS_AREA and its default BT.601 matrix (no rotation from
//   metadata: the stored frame is hashed);
// - frame n (0-based among all decoded frames) is hashed when
//   n % trunc(secondsPerHash * frameRate) == 0, i.e. one frame per second by
//   default;
// - each frame goes through PDQ's RGB path (so an exact 64x64 video skips the
//   tent filter, as in the reference);
// - timestamp = float32(n) / float32(frameRate).
// Frames come from Debian's ffmpeg through a pipe (raw RGB24 on stdout): the
// selection runs inside ffmpeg (`select`), so unselected frames never cross it.

import { stat } from 'node:fs/promises';
import { err, ok, type Result } from '@concord/core';
import { pdqHash, PDQ_MIN_DIMENSION, type VpdqFeature } from '@concord/core';
import { DEBIAN_FFMPEG, runProcess, type FfmpegTools } from './ffmpeg-process.ts';
import { probeVideo, type VideoStreamInfo } from './probe-video.ts';
import { excerpt, looksTruncated, type VideoHashError } from './video-errors.ts';

/** Names this vPDQ pipeline; bump when a change could alter any frame hash. */
export const VPDQ_IMPLEMENTATION = 'concord-vpdq/1';

export interface HashVideoOptions {
  /** Seconds between hashed frames (default 1). 0 hashes every frame. */
  readonly secondsPerHash?: number;
  readonly tools?: FfmpegTools;
  readonly signal?: AbortSignal;
}

/** A video's vPDQ hash with what is needed to reproduce or compare it. */
export interface VideoVpdq {
  readonly features: readonly VpdqFeature[];
  readonly width: number;
  readonly height: number;
  readonly frameRate: number;
  readonly secondsPerHash: number;
  /** Frames are always hashed at full resolution, as vPDQ does. */
  readonly policy: 'full_resolution';
  readonly implementation: typeof VPDQ_IMPLEMENTATION;
}

/** Every `frameStep`-th decoded frame is hashed. */
export function frameStep(secondsPerHash: number, frameRate: number): number {
  return Math.max(1, Math.trunc(secondsPerHash * frameRate));
}

function ffmpegArgs(path: string, video: VideoStreamInfo, step: number): string[] {
  const filters = [
    `select=not(mod(n\\,${step}))`,
    `scale=${video.width}:${video.height}:flags=area:in_color_matrix=bt601`,
  ];
  return [
    ...['-nostdin', '-hide_banner', '-v', 'error', '-protocol_whitelist', 'file'],
    ...['-noautorotate', '-i', `file:${path}`, '-map', '0:v:0', '-an', '-sn', '-dn'],
    ...['-vf', filters.join(','), '-fps_mode', 'passthrough'],
    ...['-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
  ];
}

async function checkFile(path: string): Promise<Result<true, VideoHashError>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return err('not_a_file', `${path} is not a regular file`);
    if (info.size === 0) return err('empty_file', `${path} is empty (0 bytes)`);
    return ok(true);
  } catch {
    return err('file_not_found', `${path} does not exist or cannot be read`);
  }
}

/** Collects raw RGB24 bytes into whole frames and hashes each as it completes. */
function frameHasher(video: VideoStreamInfo, step: number) {
  const frameBytes = video.width * video.height * 3;
  const features: VpdqFeature[] = [];
  let frame = new Uint8Array(frameBytes);
  let filled = 0;
  const rate = Math.fround(video.frameRate);
  const consume = (chunk: Uint8Array) => {
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(frameBytes - filled, chunk.length - offset);
      frame.set(chunk.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled < frameBytes) continue;
      const frameNumber = features.length * step;
      const { hash, quality } = pdqHash({
        kind: 'rgb',
        width: video.width,
        height: video.height,
        data: frame,
      });
      const timestamp = Math.fround(Math.fround(frameNumber) / rate);
      features.push({ frameNumber, quality, hash, timestamp });
      frame = new Uint8Array(frameBytes);
      filled = 0;
    }
  };
  return { consume, features, leftover: () => filled };
}

/**
 * Computes the vPDQ hash of a video file with ffmpeg. Expected failures (no
 * ffmpeg, not a video, truncated file, ...) come back as coded errors.
 *
 * @example
 * const r = await hashVideoFile('clip.mp4');
 * if (r.ok) await writeFile('clip.vpdq.txt', formatVpdq(r.value.features));
 */
export async function hashVideoFile(
  path: string,
  options: HashVideoOptions = {},
): Promise<Result<VideoVpdq, VideoHashError>> {
  const tools = options.tools ?? DEBIAN_FFMPEG;
  const secondsPerHash = options.secondsPerHash ?? 1;
  if (!(secondsPerHash >= 0)) throw new RangeError('secondsPerHash must be a number >= 0');
  const file = await checkFile(path);
  if (!file.ok) return file;
  const probed = await probeVideo(path, tools, options.signal);
  if (!probed.ok) return probed;
  const video = probed.value;
  if (video.width < PDQ_MIN_DIMENSION || video.height < PDQ_MIN_DIMENSION) {
    return err('video_too_small', `${video.width}x${video.height} frames are too small for PDQ`);
  }

  const step = frameStep(secondsPerHash, video.frameRate);
  const hasher = frameHasher(video, step);
  const args = ffmpegArgs(path, video, step);
  const outcome = await runProcess(tools.ffmpegPath, args, hasher.consume, options.signal);
  switch (outcome.kind) {
    case 'missing':
      return err('ffmpeg_missing', `ffmpeg is not installed: ${outcome.message}`);
    case 'aborted':
      return err('aborted', `hashing ${path} was aborted`);
    case 'exited':
      break;
  }
  if (looksTruncated(outcome.stderr) || hasher.leftover() > 0) {
    return err('truncated', `the video is cut short: ${excerpt(outcome.stderr)}`);
  }
  if (outcome.code !== 0 || hasher.features.length === 0) {
    return err('corrupt_video', `ffmpeg could not decode ${path}: ${excerpt(outcome.stderr)}`);
  }
  return ok({
    features: hasher.features,
    width: video.width,
    height: video.height,
    frameRate: video.frameRate,
    secondsPerHash,
    policy: 'full_resolution',
    implementation: VPDQ_IMPLEMENTATION,
  });
}
