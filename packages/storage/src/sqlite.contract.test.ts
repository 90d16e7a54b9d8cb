import { storageContract } from './contract/storage-contract.ts';
import { createSqliteTestDatabase } from './testing/index.ts';

storageContract('SQLite (better-sqlite3, file in a temp directory)', async () =>
  createSqliteTestDatabase(),
);
