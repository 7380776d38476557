// AMQP/MQTT broker client for the fleet service, typed against Node's tls module.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as tls from 'node:tls';
import type { ConnectionOptions, PeerCertificate, SecureContextOptions } from 'node:tls';
import https, { Agent as HttpsAgent } from 'node:https';
import { createHash } from 'node:crypto';

const CERT_DIR: string = process.env.FLEET_CERT_DIR ?? path.join(__dirname, '..', 'certs');
const BROKER_CA_FILE: string = path.join(CERT_DIR, 'DigiCertGlobalRootG2.crt.pem');

// Annotated options object, passed to tls.connect later.
const brokerOptions: tls.ConnectionOptions = {
  host: 'fleet-broker.contoso.example',
  port: 5671,
  servername: 'fleet-broker.contoso.example',
  ca: readFileSync(BROKER_CA_FILE), // pinscan-expect: PIN302[DigiCert Global Root G2]
};

// `as` cast on the literal.
const telemetryOptions = {
  host: 'telemetry.contoso.example',
  port: 8883,
  ca: [readFileSync(path.join(CERT_DIR, 'MicrosoftRSARootCertificateAuthority2017.crt'))], // pinscan-expect: PIN302[Microsoft RSA Root Certificate Authority 2017]
} as ConnectionOptions;

// `satisfies` keeps the literal type.
const commandContext = tls.createSecureContext({
  ca: readFileSync(path.join(CERT_DIR, 'commands-ca.pem'), 'utf8'), // pinscan-expect: PIN302
  minVersion: 'TLSv1.2', // pinscan-negative: PIN502
} satisfies SecureContextOptions);

export class FleetConnection {
  private readonly tlsOptions: ConnectionOptions = {
    key: readFileSync(path.join(CERT_DIR, 'fleet.key')),
    cert: readFileSync(path.join(CERT_DIR, 'fleet.crt')),
    ca: readFileSync(path.join(CERT_DIR, 'BaltimoreCyberTrustRoot.crt.pem')), // pinscan-expect: PIN302[Baltimore CyberTrust Root]@error
  };

  private readonly agent = new HttpsAgent({
    keepAlive: true,
    ca: this.loadBundle(), // pinscan-expect: PIN302
  });

  // The default roots plus the fleet CA: silent.
  private readonly extendedAgent = new https.Agent({
    ca: [...tls.rootCertificates, readFileSync(path.join(CERT_DIR, 'fleet-ca.pem'), 'utf8')], // pinscan-negative: PIN302
  });

  connect(): tls.TLSSocket {
    return tls.connect({ ...brokerOptions, ...this.tlsOptions });
  }

  connectTelemetry(): tls.TLSSocket {
    return tls.connect(telemetryOptions);
  }

  private loadBundle(): Buffer {
    return readFileSync(path.join(CERT_DIR, 'bundle.pem'));
  }
}

// Fingerprint pinning in a typed callback.
const PINNED_SPKI: readonly string[] = (process.env.FLEET_SPKI_PINS ?? '').split(',');

export function pinnedAgent(): HttpsAgent {
  return new HttpsAgent({
    checkServerIdentity: (host: string, cert: PeerCertificate): Error | undefined => {
      const err = tls.checkServerIdentity(host, cert);
      if (err) return err;
      const spki = createHash('sha256').update(cert.pubkey).digest('base64');
      return PINNED_SPKI.includes(spki) ? undefined : new Error(`SPKI ${spki} is not pinned`); // pinscan-expect: PIN111
    },
  });
}

export function verifyFleetIssuer(hostname: string, peer: PeerCertificate): Error | undefined {
  if (peer.issuer.O !== 'Contoso Fleet CA') { // pinscan-expect: PIN107, PIN111
    return new Error('unexpected issuer');
  }
  return tls.checkServerIdentity(hostname, peer);
}

// Silent: delegates to Node and only adds a log line.
export const auditedAgent = new HttpsAgent({
  checkServerIdentity(host: string, cert: PeerCertificate): Error | undefined { // pinscan-negative: PIN111, PIN501
    console.debug(`verifying ${host}`);
    return tls.checkServerIdentity(host, cert);
  },
});

export const defaultAgent = new HttpsAgent({ keepAlive: true }); // pinscan-negative: PIN302
