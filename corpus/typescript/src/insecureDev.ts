// Dev-only helpers that crept into the shared library.
import * as tls from 'tls';
import * as https from 'https';
import type { ConnectionOptions, SecureVersion } from 'tls';

export function allowSelfSigned(): void {
  if (process.env.ALLOW_SELF_SIGNED === 'true') {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // pinscan-expect: PIN501
  }
}

const sandboxOptions: ConnectionOptions = {
  host: 'sandbox.contoso.example',
  port: 443,
  rejectUnauthorized: false, // pinscan-expect: PIN501
  minVersion: 'TLSv1' as SecureVersion, // pinscan-expect: PIN502
};

export const legacyAgent = new https.Agent({
  maxVersion: 'TLSv1.1', // pinscan-expect: PIN502
  checkServerIdentity: (_host: string, _cert: tls.PeerCertificate): Error | undefined => undefined, // pinscan-expect: PIN501
} as https.AgentOptions);

export class LooseClient {
  private options: ConnectionOptions = { rejectUnauthorized: !1 }; // pinscan-expect: PIN501

  open(host: string): tls.TLSSocket {
    return tls.connect({ ...this.options, host, port: 443 });
  }
}

// Silent: verification on, modern versions.
export const safeOptions = {
  rejectUnauthorized: true, // pinscan-negative: PIN501
  minVersion: 'TLSv1.2', // pinscan-negative: PIN502
  maxVersion: 'TLSv1.3', // pinscan-negative: PIN502
} satisfies ConnectionOptions;

export function open(): tls.TLSSocket {
  return tls.connect(sandboxOptions);
}
