import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  SCRYPT_PARAMS,
  UNMATCHABLE_HASH,
  generateOneTimePassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from './password.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    assert.equal(await verifyPassword('correct horse battery staple', hash), true);
    assert.equal(await verifyPassword('correct horse battery stapler', hash), false);
  });

  it('stores the scrypt parameters and a fresh salt with each hash', async () => {
    const a = await hashPassword('same password here');
    const b = await hashPassword('same password here');
    assert.notEqual(a, b);
    assert.match(
      a,
      new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$${SCRYPT_PARAMS.r}\\$${SCRYPT_PARAMS.p}\\$`),
    );
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('mot de passe très long');
    assert.equal(await verifyPassword('mot de passe tre\u0300s long', hash), true);
  });

  it('matches nothing against the unmatchable hash, and refuses malformed hashes', async () => {
    assert.equal(await verifyPassword('', UNMATCHABLE_HASH), false);
    assert.equal(await verifyPassword('x', 'md5$abc'), false);
    assert.equal(await verifyPassword('x', ''), false);
  });
});

describe('passwordProblem', () => {
  it('asks for 12 characters, counted as characters not bytes', () => {
    assert.equal(passwordProblem('short', 'bob'), 'too_short');
    assert.equal(passwordProblem('ééééééééééé', 'bob'), 'too_short');
    assert.equal(passwordProblem('twelve chars', 'bob'), null);
  });
  it('refuses a password containing the username', () => {
    assert.equal(passwordProblem('my name is Alice!!', 'alice'), 'contains_username');
  });
});

describe('generateOneTimePassword', () => {
  it('gives four groups of five unambiguous characters, different each time', () => {
    const a = generateOneTimePassword();
    assert.match(a, /^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
    assert.notEqual(a, generateOneTimePassword());
    assert.equal(passwordProblem(a, 'admin'), null);
  });
});
