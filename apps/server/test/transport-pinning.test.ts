import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { httpTransport } from '../src/federation/transport.ts';

/** A self-signed certificate for 127.0.0.1, made with openssl. */
function selfSigned(dir: string, name: string): { key: Buffer; cert: Buffer; sha256: string } {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const pem = readFileSync(cert);
  const der = new X509Certificate(pem).raw;
  return {
    key: readFileSync(key),
    cert: pem,
    sha256: createHash('sha256').update(der).digest('hex'),
  };
}

/**
 * The federation transport speaks HTTPS only to the certificate a peer's card
 * pins (whoever issued it), and writes nothing to any other; plain HTTP only
 * to loopback.
 */
describe('pinned HTTPS to peers', () => {
  let dir: string;
  let server: Server;
  let endpoint: string;
  let pinned: string;
  let other: string;
  const bodies: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-tls-'));
    const tls = selfSigned(dir, 'peer');
    pinned = tls.sha256;
    other = selfSigned(dir, 'impostor').sha256;
    server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ receivedBytes: body.length }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers to the certificate the card pins, though no authority signed it', async () => {
    const r = await httpTransport.post(
      { endpoint, tlsCertificateSha256: pinned },
      '/federation/v1/inbox',
      { envelope: 'x'.repeat(100) },
    );
    assert.equal(r.kind, 'answered');
    if (r.kind === 'answered') assert.deepEqual(r.body, { receivedBytes: 115 });
    assert.equal(bodies.length, 1);
  });

  it('sends nothing to a server presenting another certificate', async () => {
    const before = bodies.length;
    const r = await httpTransport.post(
      { endpoint, tlsCertificateSha256: other },
      '/federation/v1/inbox',
      { envelope: 'secret' },
    );
    assert.equal(r.kind, 'unreachable');
    if (r.kind === 'unreachable') assert.match(r.message, /not the one its card pins/);
    // Give a body that slipped through time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(bodies.length, before, 'the envelope never reached the impostor');
  });

  it('refuses HTTPS when the card pins no certificate', async () => {
    const r = await httpTransport.post({ endpoint, tlsCertificateSha256: null }, '/x', {});
    assert.deepEqual(r, {
      kind: 'unreachable',
      message: 'the card pins no certificate for its HTTPS endpoint',
    });
  });

  it('refuses plain HTTP to anything but loopback', async () => {
    const r = await httpTransport.post(
      { endpoint: 'http://192.0.2.10:4000/', tlsCertificateSha256: null },
      '/federation/v1/inbox',
      {},
    );
    assert.equal(r.kind, 'unreachable');
    if (r.kind === 'unreachable') assert.match(r.message, /only loopback may go unencrypted/);
  });
});
