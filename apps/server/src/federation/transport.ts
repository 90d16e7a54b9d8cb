import { createHash } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';

/** Where a peer listens, as its verified card says. */
export interface PeerAddress {
  readonly endpoint: string;
  /** SHA-256 (hex) of the certificate its HTTPS endpoint must present; null for loopback HTTP. */
  readonly tlsCertificateSha256: string | null;
}

/** How this node reaches a peer's federation endpoint. Tests and the demo may pass their own. */
export interface Transport {
  post(peer: PeerAddress, path: string, body: unknown): Promise<TransportResponse>;
}

export type TransportResponse =
  | { readonly kind: 'answered'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'unreachable'; readonly message: string };

const TIMEOUT_MS = 30_000;

function urlOf(peer: PeerAddress, path: string): URL {
  return new URL(
    path.replace(/^\//, ''),
    peer.endpoint.endsWith('/') ? peer.endpoint : `${peer.endpoint}/`,
  );
}

function unreachable(error: unknown): TransportResponse {
  const cause =
    error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return {
    kind: 'unreachable',
    message: `${error instanceof Error ? error.message : String(error)}${cause}`,
  };
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|\[::1\])$/;

/** Plain HTTP, which cards allow only to loopback addresses (tests and the demo). */
async function postLoopback(url: URL, body: unknown): Promise<TransportResponse> {
  if (!LOOPBACK.test(url.hostname))
    return {
      kind: 'unreachable',
      message: `refusing plain HTTP to ${url.hostname}: only loopback may go unencrypted`,
    };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return {
      kind: 'answered',
      status: response.status,
      body: await response.json().catch(() => null),
    };
  } catch (error) {
    return unreachable(error);
  }
}

/**
 * HTTPS to the certificate the peer's card pins, whoever signed it: the
 * request body is written only after the presented certificate's SHA-256
 * matched the pin.
 */
function postPinned(url: URL, body: unknown, pin: string): Promise<TransportResponse> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const req = httpsRequest(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'content-length': Buffer.byteLength(payload),
      },
      rejectUnauthorized: false,
      timeout: TIMEOUT_MS,
    });
    // Check the certificate before writing a byte: at the handshake on a new
    // connection, at once on a kept-alive one (it may have been pinned for
    // another card, so it is checked again every time).
    const check = (socket: TLSSocket) => {
      const presented = socket.getPeerCertificate(true);
      const digest = presented.raw ? createHash('sha256').update(presented.raw).digest('hex') : '';
      if (digest !== pin) {
        req.destroy(
          new Error(
            `the peer presented a certificate (sha256 ${digest.slice(0, 16)}…) that is not the one its card pins`,
          ),
        );
        return;
      }
      req.end(payload);
    };
    req.on('socket', (socket) => {
      const tls = socket as TLSSocket;
      if (tls.connecting) tls.once('secureConnect', () => check(tls));
      else check(tls);
    });
    req.on('timeout', () => req.destroy(new Error('the peer did not answer in time')));
    req.on('error', (error) => resolve(unreachable(error)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({
          kind: 'answered',
          status: res.statusCode ?? 0,
          body: parseJson(Buffer.concat(chunks).toString('utf8')),
        });
      });
      res.on('error', (error) => resolve(unreachable(error)));
    });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The real transport: pinned HTTPS, or HTTP to loopback. */
export const httpTransport: Transport = {
  post(peer, path, body) {
    const url = urlOf(peer, path);
    if (url.protocol === 'https:') {
      if (!peer.tlsCertificateSha256)
        return Promise.resolve({
          kind: 'unreachable',
          message: 'the card pins no certificate for its HTTPS endpoint',
        });
      return postPinned(url, body, peer.tlsCertificateSha256);
    }
    return postLoopback(url, body);
  },
};
