import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { isJurisdictionCode } from '@concord/core';
import type { Io } from './io.ts';

export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535)
    throw new InvalidArgumentError('must be a whole number from 1 to 65535');
  return n;
}

export function parseJurisdiction(value: string): string {
  const code = value.toUpperCase();
  if (!isJurisdictionCode(code))
    throw new InvalidArgumentError(
      'must be an ISO 3166-1 alpha-2 country code such as FR, KE or BR',
    );
  return code;
}

export function parseName(value: string): string {
  const name = value.trim();
  if (name.length === 0 || name.length > 120)
    throw new InvalidArgumentError('must be 1 to 120 characters');
  return name;
}

/** --data, else CONCORD_DATA, else ./.concord. */
export function dataDirOf(option: string | undefined, io: Io): string {
  return resolve(io.cwd, option ?? io.env.CONCORD_DATA ?? '.concord');
}
