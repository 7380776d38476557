// checkServerIdentity callbacks that decide in helpers, and name checks.
'use strict';
const tls = require('tls');
const https = require('https');

const INGEST_SHA256 = [
  '5D:1A:8B:4F:1C:9E:62:7A:33:0B:6D:44:E1:90:2F:5C:7D:3E:1A:0B:9C:8D:7E:6F:5A:4B:3C:2D:1E:0F:AA:BB',
];
const ALLOWED_SANS = ['DNS:ingest.contoso.example', 'DNS:ingest-dr.contoso.example'];

const matchesPin = (cert) => {
  return INGEST_SHA256.includes(cert.fingerprint256); // pinscan-expect: PIN380
};

function issuerIsContoso(host, cert) {
  const err = tls.checkServerIdentity(host, cert);
  if (err) return err;
  if (cert.subject.O !== 'Contoso Ltd') { // pinscan-expect: PIN111
    return new Error('unexpected organisation');
  }
  return undefined;
}

const pinned = https.request({
  host: 'ingest.contoso.example',
  checkServerIdentity: (host, cert) => (matchesPin(cert) ? undefined : new Error('not pinned')),
});

const named = tls.connect({ host: 'ingest.contoso.example', port: 443, checkServerIdentity: issuerIsContoso });

const sanList = tls.connect({
  host: 'ingest.contoso.example',
  port: 443,
  checkServerIdentity(host, cert) {
    if (!ALLOWED_SANS.includes(cert.subjectaltname)) { // pinscan-expect: PIN111
      return new Error('no allowed SAN');
    }
    return undefined;
  },
});

// Negative: the common name against the host being connected to.
const hostOnly = tls.connect({
  host: 'ingest.contoso.example',
  port: 443,
  checkServerIdentity: (host, cert) => {
    if (cert.subject.CN !== host) { // pinscan-negative: PIN111, PIN380
      return new Error('name mismatch');
    }
    return undefined;
  },
});

// Negative: the platform's own check.
const platform = tls.connect({
  host: 'ingest.contoso.example',
  port: 443,
  checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert), // pinscan-negative: PIN111, PIN380
});

module.exports = { pinned, named, sanList, hostOnly, platform };
