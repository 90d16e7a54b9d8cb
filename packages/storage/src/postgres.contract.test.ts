import { storageContract } from './contract/storage-contract.ts';
import { createPostgresTestDatabase } from './testing/index.ts';

storageContract('PostgreSQL (a fresh database on the test server)', createPostgresTestDatabase);
