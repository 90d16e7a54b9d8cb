import { err, ok, type CodedError, type Result } from '@concord/core';

/** 127.0.0.0/8 as the URL parser writes it (it normalises `127.1` and hex forms to this). */
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * The endpoint rules of a node card: https with a TLS certificate pin, or plain http to a
 * loopback address (a node on this machine, for demos and tests) without one. `localhost`
 * is refused: a name can resolve elsewhere, an address cannot. No credentials in the URL.
 */
export function checkEndpoint(
  endpoint: string,
  tlsCertificateSha256: string | null,
): Result<null, CodedError<'malformed_card' | 'insecure_endpoint'>> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return err('malformed_card', 'the endpoint is not a URL');
  }
  if (url.username !== '' || url.password !== '') {
    return err('insecure_endpoint', 'the endpoint must not carry credentials');
  }
  if (url.protocol === 'https:') {
    return tlsCertificateSha256 === null
      ? err('insecure_endpoint', 'an https endpoint needs a TLS certificate pin')
      : ok(null);
  }
  if (url.protocol === 'http:' && isLoopback(url.hostname)) {
    return tlsCertificateSha256 === null
      ? ok(null)
      : err('malformed_card', 'a plain-http endpoint has no TLS certificate to pin');
  }
  return err('insecure_endpoint', 'the endpoint must be https, or http on a loopback address');
}

function isLoopback(hostname: string): boolean {
  return IPV4_LOOPBACK.test(hostname) || hostname === '[::1]';
}
