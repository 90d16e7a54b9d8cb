// Public surface of @concord/media: turning files into hashes. Images become
// PDQ hashes (reproducing Meta's reference CLI by default), videos become vPDQ
// hashes through ffmpeg, and any file gets MD5 / SHA-1 / SHA-256 in one pass.

export {
  PRE_RESIZE_POLICIES,
  DEFAULT_MAX_INPUT_PIXELS,
  decodeImageForPdq,
} from './pdq/decode-image.ts';
export type {
  PreResizePolicy,
  ReferenceDeparture,
  DecodeImageOptions,
  DecodedImage,
} from './pdq/decode-image.ts';
export { IMAGE_ERROR_CODES, RASTER_FORMATS } from './pdq/image-errors.ts';
export type { ImageErrorCode, ImageDecodeError, RasterFormat } from './pdq/image-errors.ts';
export { PDQ_IMPLEMENTATION, hashImageFile, hashImageFileDihedral } from './pdq/hash-image-file.ts';
export type {
  PdqImplementation,
  PdqProvenance,
  ImageFilePdq,
  ImageFileDihedralPdq,
} from './pdq/hash-image-file.ts';
export { digestFile, digestStream } from './digests/file-digests.ts';
export type { FileDigests, FileDigestError, DigestOptions } from './digests/file-digests.ts';
export { VPDQ_IMPLEMENTATION, hashVideoFile } from './vpdq/hash-video-file.ts';
export type { HashVideoOptions, VideoVpdq } from './vpdq/hash-video-file.ts';
export { DEBIAN_FFMPEG } from './vpdq/ffmpeg-process.ts';
export type { FfmpegTools } from './vpdq/ffmpeg-process.ts';
export { VIDEO_ERROR_CODES } from './vpdq/video-errors.ts';
export type { VideoErrorCode, VideoHashError } from './vpdq/video-errors.ts';
export { hashFile } from './hash-file.ts';
export type { FileHashes, FileMedia, HashFileOptions } from './hash-file.ts';
export { createHashPool, defaultWorkerCount } from './pool/hash-pool.ts';
export type { HashPool, HashPoolOptions } from './pool/hash-pool.ts';
export { walkFiles } from './scan/walk-files.ts';
export type { WalkEntry, WalkSkipCode } from './scan/walk-files.ts';
export { ScanJournal } from './scan/scan-journal.ts';
export type { FileOutcome } from './scan/scan-journal.ts';
export { runScan } from './scan/run-scan.ts';
export type { ScanEvent, ScanProgress, ScanRun } from './scan/run-scan.ts';
