// What vPDQ needs to know before decoding: the first video stream's size and
// frame rate, read with ffprobe the way the reference reads them from libav
// (avg_frame_rate, falling back to r_frame_rate when that is 0).

import { open } from 'node:fs/promises';
import { err, ok, type Result } from '@concord/core';
import { runProcess, type FfmpegTools } from './ffmpeg-process.ts';
import { excerpt, looksTruncated, type VideoHashError } from './video-errors.ts';

export interface VideoStreamInfo {
  readonly width: number;
  readonly height: number;
  /** Frames per second, as a double (num / den). */
  readonly frameRate: number;
  /** libavformat's name of the container, e.g. `mov,mp4,m4a,3gp,3g2,mj2`. */
  readonly container: string;
}

// Demuxers that read a still image: such a file is for PDQ, not vPDQ.
const STILL_IMAGE_DEMUXERS = /^(image2|.*_pipe)$/;

function rate(text: unknown): number {
  if (typeof text !== 'string') return 0;
  const [num, den] = text.split('/').map(Number);
  if (num === undefined || den === undefined || !Number.isFinite(num / den)) return 0;
  return num / den;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value))
    : {};
}

/** Reads ffprobe's JSON; anything unexpected in it reads as "no video stream". */
function streamInfoFrom(json: string): { info: VideoStreamInfo | null; container: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { info: null, container: '' };
  }
  const root = record(parsed);
  const format = record(root['format']);
  const container = typeof format['format_name'] === 'string' ? format['format_name'] : '';
  const streams = Array.isArray(root['streams']) ? root['streams'] : [];
  const stream = record(streams[0]);
  const width = stream['width'];
  const height = stream['height'];
  if (stream['codec_type'] !== 'video' || typeof width !== 'number' || typeof height !== 'number') {
    return { info: null, container };
  }
  const avg = rate(stream['avg_frame_rate']);
  const frameRate = avg > 0 ? avg : rate(stream['r_frame_rate']);
  return { info: { width, height, frameRate, container }, container };
}

// Top-level boxes an MP4 / MOV / 3GP file starts with.
const ISO_BMFF_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot']);

/** True when the file starts like an MP4 / MOV, whatever ffmpeg thought of the rest. */
async function startsAsIsoBmff(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, 0);
    return ISO_BMFF_BOXES.has(String.fromCharCode(...head.subarray(4, 8)));
  } finally {
    await handle.close();
  }
}

/** Probes `path` (which the caller has checked is a non-empty regular file). */
export async function probeVideo(
  path: string,
  tools: FfmpegTools,
  signal?: AbortSignal,
): Promise<Result<VideoStreamInfo, VideoHashError>> {
  const args = [
    ...['-v', 'error', '-protocol_whitelist', 'file', '-select_streams', 'v:0', '-of', 'json'],
    ...['-show_entries', 'stream=codec_type,width,height,avg_frame_rate,r_frame_rate'],
    ...['-show_entries', 'format=format_name', '-i', `file:${path}`],
  ];
  const decoder = new TextDecoder();
  let stdout = '';
  const outcome = await runProcess(
    tools.ffprobePath,
    args,
    (chunk) => (stdout += decoder.decode(chunk, { stream: true })),
    signal,
  );
  switch (outcome.kind) {
    case 'missing':
      return err('ffmpeg_missing', `ffprobe is not installed: ${outcome.message}`);
    case 'aborted':
      return err('aborted', `probing ${path} was aborted`);
    case 'exited':
      break;
  }
  // A truncation complaint counts when the container was recognised: ffprobe
  // read it, or it is an MP4 whose index (written last) is missing. A text file
  // named .mp4 draws the same "moov atom not found" but is simply not a video.
  if (looksTruncated(outcome.stderr) && (outcome.code === 0 || (await startsAsIsoBmff(path)))) {
    return err('truncated', `the video is cut short: ${excerpt(outcome.stderr)}`);
  }
  const { info, container } = streamInfoFrom(stdout);
  if (outcome.code !== 0 || info === null) {
    const why = outcome.stderr.trim() === '' ? 'it has no video stream' : excerpt(outcome.stderr);
    return err('not_a_video', `${path} is not a video ffmpeg can read: ${why}`);
  }
  if (STILL_IMAGE_DEMUXERS.test(container)) {
    return err('not_a_video', `${path} is a still image (${container}); hash it with PDQ`);
  }
  if (info.frameRate <= 0) return err('corrupt_video', `${path} has no usable frame rate`);
  return ok(info);
}
