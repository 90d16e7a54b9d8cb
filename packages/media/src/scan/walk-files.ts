import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry =
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly size: number;
      readonly mtimeMs: number;
    }
  | {
      readonly kind: 'skipped';
      readonly path: string;
      readonly code: WalkSkipCode;
      readonly message: string;
    };

export type WalkSkipCode = 'unreadable' | 'symlink_loop' | 'broken_symlink' | 'not_a_regular_file';

function reason(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/**
 * Every regular file under `root`, in name order, following symbolic links
 * but never into a directory already being walked (so link loops end).
 * Whatever cannot be read is yielded as skipped with the reason; nothing
 * stops the walk.
 *
 * @example
 * for await (const e of walkFiles('/evidence/item-12')) if (e.kind === 'file') queue(e.path);
 */
export async function* walkFiles(root: string, signal?: AbortSignal): AsyncGenerator<WalkEntry> {
  let top;
  try {
    top = await stat(root);
  } catch (error) {
    yield {
      kind: 'skipped',
      path: root,
      code: 'unreadable',
      message: `cannot read ${root} (${reason(error)})`,
    };
    return;
  }
  if (top.isFile()) {
    yield { kind: 'file', path: root, size: top.size, mtimeMs: top.mtimeMs };
    return;
  }
  yield* walkDirectory(root, new Set([`${top.dev}:${top.ino}`]), signal);
}

async function* walkDirectory(
  dir: string,
  ancestors: Set<string>,
  signal?: AbortSignal,
): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const handle = await opendir(dir);
    names = [];
    for await (const entry of handle) names.push(entry.name);
  } catch (error) {
    yield {
      kind: 'skipped',
      path: dir,
      code: 'unreadable',
      message: `cannot list ${dir} (${reason(error)})`,
    };
    return;
  }
  names.sort();
  for (const name of names) {
    if (signal?.aborted) return;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = reason(error);
      yield code === 'ENOENT'
        ? { kind: 'skipped', path, code: 'broken_symlink', message: `${path} points nowhere` }
        : code === 'ELOOP'
          ? {
              kind: 'skipped',
              path,
              code: 'symlink_loop',
              message: `${path} is a symbolic link loop`,
            }
          : { kind: 'skipped', path, code: 'unreadable', message: `cannot read ${path} (${code})` };
      continue;
    }
    if (info.isDirectory()) {
      const id = `${info.dev}:${info.ino}`;
      if (ancestors.has(id)) {
        yield {
          kind: 'skipped',
          path,
          code: 'symlink_loop',
          message: `${path} leads back into a directory being scanned`,
        };
        continue;
      }
      yield* walkDirectory(path, new Set([...ancestors, id]), signal);
    } else if (info.isFile()) {
      yield { kind: 'file', path, size: info.size, mtimeMs: info.mtimeMs };
    } else {
      yield {
        kind: 'skipped',
        path,
        code: 'not_a_regular_file',
        message: `${path} is not a regular file (device, socket or pipe)`,
      };
    }
  }
}
