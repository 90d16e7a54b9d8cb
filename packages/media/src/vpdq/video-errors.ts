// Stable error codes for hashing a video, and how ffmpeg's words map to them.

import type { CodedError } from '@concord/core';

export const VIDEO_ERROR_CODES = [
  'ffmpeg_missing',
  'file_not_found',
  'not_a_file',
  'empty_file',
  'not_a_video',
  'truncated',
  'corrupt_video',
  'video_too_small',
  'aborted',
] as const;
export type VideoErrorCode = (typeof VIDEO_ERROR_CODES)[number];
export type VideoHashError = CodedError<VideoErrorCode>;

export function videoError(code: VideoErrorCode, message: string): VideoHashError {
  return { code, message };
}

// What libavformat / libavcodec print when a file stops early: an MP4 whose
// index (moov) was never written, a packet cut in half, a Matroska cluster cut off.
const TRUNCATION =
  /moov atom not found|partial file|ended prematurely|unexpected end|truncat|premature/i;

export function looksTruncated(stderr: string): boolean {
  return TRUNCATION.test(stderr);
}

/** The first few lines of ffmpeg's complaint, for a message a person can act on. */
export function excerpt(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.slice(0, 3).join(' | ') || 'no detail';
}
