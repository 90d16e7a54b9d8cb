// Running ffmpeg / ffprobe as child processes: no shell, no temporary files,
// stdout consumed as a stream, stderr kept (bounded) for error messages.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';

/** Where the tools are; Debian's packaged builds by default. */
export interface FfmpegTools {
  readonly ffmpegPath: string;
  readonly ffprobePath: string;
}

export const DEBIAN_FFMPEG: FfmpegTools = {
  ffmpegPath: '/usr/bin/ffmpeg',
  ffprobePath: '/usr/bin/ffprobe',
};

const STDERR_LIMIT = 64 * 1024;

/** How a process ended: its exit, or that it could not be started at all. */
export type ProcessOutcome =
  | { readonly kind: 'exited'; readonly code: number | null; readonly stderr: string }
  | { readonly kind: 'missing'; readonly message: string }
  | { readonly kind: 'aborted' };

/**
 * Starts `command`, hands its stdout to `consume` chunk by chunk (back-pressure
 * included: the next chunk is read when `consume` returns), and reports how it
 * ended. The process is killed on abort or when `consume` throws.
 */
export async function runProcess(
  command: string,
  args: readonly string[],
  consume: (chunk: Uint8Array) => void,
  signal?: AbortSignal,
): Promise<ProcessOutcome> {
  if (signal?.aborted) return { kind: 'aborted' };
  const child: ChildProcessWithoutNullStreams = spawn(command, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end();
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += text;
  });
  try {
    await once(child, 'spawn');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    return { kind: 'missing', message: `cannot run ${command} (${code})` };
  }
  const closed = once(child, 'close');
  const kill = () => child.kill('SIGKILL');
  signal?.addEventListener('abort', kill, { once: true });
  try {
    for await (const chunk of child.stdout) {
      if (!(chunk instanceof Uint8Array)) continue;
      consume(chunk);
    }
    const [code] = await closed;
    if (signal?.aborted) return { kind: 'aborted' };
    return { kind: 'exited', code: typeof code === 'number' ? code : null, stderr };
  } catch (error) {
    kill();
    if (signal?.aborted) return { kind: 'aborted' };
    throw error;
  } finally {
    signal?.removeEventListener('abort', kill);
  }
}
