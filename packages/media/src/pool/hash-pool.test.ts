import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { hashFile } from '../hash-file.ts';
import { createHashPool } from './hash-pool.ts';

describe('hash pool', () => {
  let dir: string;
  const files: string[] = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-pool-'));
    for (let i = 0; i < 6; i++) {
      const path = join(dir, `gradient-${i}.png`);
      const raw = Buffer.alloc(96 * 64 * 3);
      for (let p = 0; p < 96 * 64; p++) raw.fill((p * (i + 1)) % 256, p * 3, p * 3 + 3);
      await sharp(raw, { raw: { width: 96, height: 64, channels: 3 } })
        .png()
        .toFile(path);
      files.push(path);
    }
    writeFileSync(join(dir, 'notes.txt'), 'plain text');
    files.push(join(dir, 'notes.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const workers of [0, 2]) {
    it(`gives the same hashes as hashing in place, with ${workers} worker threads`, async () => {
      const pool = createHashPool({ workers });
      try {
        const pooled = await Promise.all(files.map((f) => pool.hash(f, { dihedral: false })));
        const direct = await Promise.all(files.map((f) => hashFile(f)));
        assert.deepEqual(pooled, direct);
        assert.equal(pooled.filter((r) => r.ok && r.value.media.kind === 'image').length, 6);
      } finally {
        await pool.close();
      }
    });
  }

  it('reports a missing file as a value, not a crash of the pool', async () => {
    const pool = createHashPool({ workers: 1 });
    try {
      const r = await pool.hash(join(dir, 'absent.png'));
      assert.equal(!r.ok && r.error.code, 'file_not_found');
      assert.equal((await pool.hash(files[0] ?? '')).ok, true);
    } finally {
      await pool.close();
    }
  });
});
