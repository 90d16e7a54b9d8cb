import { Command } from 'commander';
import { hashFile, type FileHashes } from '@concord/media';
import { EXIT, type Io } from '../io.ts';

/** The fixed keys of `concord hash --json`, one object per line. */
export interface HashLine {
  readonly path: string;
  readonly size: number;
  readonly md5: string;
  readonly sha1: string;
  readonly sha256: string;
  readonly pdq: string | null;
  readonly quality: number | null;
  readonly vpdqFrames: number | null;
}

export function hashLine(h: FileHashes): HashLine {
  const image = h.media.kind === 'image' ? h.media.pdq : null;
  return {
    path: h.path,
    size: h.size,
    md5: h.md5,
    sha1: h.sha1,
    sha256: h.sha256,
    pdq: image?.hash ?? null,
    quality: image?.quality ?? null,
    vpdqFrames: h.media.kind === 'video' ? h.media.vpdq.features.length : null,
  };
}

function printText(io: Io, h: FileHashes): void {
  io.out(`${h.path} (${h.size} bytes)`);
  io.out(`  md5     ${h.md5}`);
  io.out(`  sha1    ${h.sha1}`);
  io.out(`  sha256  ${h.sha256}`);
  switch (h.media.kind) {
    case 'image':
      io.out(
        `  pdq     ${h.media.pdq.hash} (quality ${h.media.pdq.quality}, ${h.media.pdq.implementation}, ${h.media.pdq.policy})`,
      );
      break;
    case 'video':
      io.out(
        `  vpdq    ${h.media.vpdq.features.length} frames (${h.media.vpdq.implementation}, one every ${h.media.vpdq.secondsPerHash} s)`,
      );
      break;
    case 'unhashable':
      io.out(`  media   not hashed: ${h.media.message} [${h.media.code}]`);
      break;
    case 'image_dihedral':
    case 'other':
      break;
  }
}

/** Hashes files one by one; a file that cannot be read is reported and the rest still run. */
async function runHash(
  io: Io,
  paths: readonly string[],
  flags: { json?: boolean },
): Promise<number> {
  let failed = 0;
  for (const path of paths) {
    const result = await hashFile(path);
    if (!result.ok) {
      failed += 1;
      io.err(`concord: ${path}: ${result.error.message} [${result.error.code}]`);
      continue;
    }
    if (flags.json) io.out(JSON.stringify(hashLine(result.value)));
    else printText(io, result.value);
    if (flags.json && result.value.media.kind === 'unhashable') {
      io.err(
        `concord: ${path}: digests only; ${result.value.media.message} [${result.value.media.code}]`,
      );
    }
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;
}

export function hashCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command('hash')
    .description('print MD5, SHA-1, SHA-256 and, for images, PDQ (or, for videos, vPDQ) of files')
    .argument('<path...>', 'files to hash')
    .option(
      '--json',
      'one JSON object per line: path, size, md5, sha1, sha256, pdq, quality, vpdqFrames',
    )
    .action(async (paths: string[], flags: { json?: boolean }) => {
      setExit(await runHash(io, paths, flags));
    });
}
