import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb, PGLITE_SHARED_BUFFERS } from './db.js';

describe('the embedded database', () => {
  it('starts with our shared buffers, not PostgreSQL’s 128MB (resident in WebAssembly)', async () => {
    const sut = await createDb({ kind: 'pglite' });
    try {
      const res = (await sut.db.execute(sql`show shared_buffers`)) as unknown as { rows: Array<{ shared_buffers: string }> };
      expect(res.rows[0]!.shared_buffers).toBe(PGLITE_SHARED_BUFFERS);
      expect(PGLITE_SHARED_BUFFERS).toBe('32MB');
    } finally {
      await sut.close();
    }
  }, 60_000);
});
