import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { digestFile, digestStream } from './file-digests.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concord-digest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('digestFile', () => {
  it('gives the standard digests of "abc"', async () => {
    const path = join(dir, 'abc.txt');
    await writeFile(path, 'abc');
    assert.deepEqual(await digestFile(path), {
      ok: true,
      value: {
        md5: '900150983cd24fb0d6963f7d28e17f72',
        sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        size: 3,
      },
    });
  });

  it('gives the digests of nothing for an empty file', async () => {
    const path = join(dir, 'empty');
    await writeFile(path, '');
    const r = await digestFile(path);
    assert.ok(r.ok);
    assert.equal(r.value.md5, 'd41d8cd98f00b204e9800998ecf8427e');
    assert.equal(
      r.value.sha256,
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('agrees with one-shot digests on a file read in many chunks', async () => {
    const bytes = Uint8Array.from(
      { length: 5 * 1024 * 1024 + 17 },
      (_, i) => (i * 2654435761) >>> 24,
    );
    const path = join(dir, 'big.bin');
    await writeFile(path, bytes);
    const r = await digestFile(path);
    assert.ok(r.ok);
    for (const algorithm of ['md5', 'sha1', 'sha256'] as const) {
      assert.equal(r.value[algorithm], createHash(algorithm).update(bytes).digest('hex'));
    }
    assert.equal(r.value.size, bytes.length);
  });

  it('reports a missing file, a directory and an abort as coded errors', async () => {
    const missing = await digestFile(join(dir, 'nope'));
    assert.equal(missing.ok ? '' : missing.error.code, 'file_not_found');
    const folder = await digestFile(dir);
    assert.equal(folder.ok ? '' : folder.error.code, 'not_a_file');
    const aborted = await digestFile(join(dir, 'big.bin'), { signal: AbortSignal.abort() });
    assert.equal(aborted.ok ? '' : aborted.error.code, 'aborted');
  });
});

describe('digestStream', () => {
  it('consumes a stream chunk by chunk without holding it', async () => {
    let produced = 0;
    async function* chunks() {
      for (let i = 0; i < 64; i++) {
        produced++;
        yield new Uint8Array(1 << 20).fill(i);
      }
    }
    const expected = createHash('sha256');
    for (let i = 0; i < 64; i++) expected.update(new Uint8Array(1 << 20).fill(i));
    const d = await digestStream(chunks());
    assert.equal(produced, 64);
    assert.equal(d.size, 64 << 20);
    assert.equal(d.sha256, expected.digest('hex'));
  });
});
