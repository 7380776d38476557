'use strict';
// Node client for the reporting API (App Service, *.azurewebsites.net).
// checkServerIdentity is extended to compare the issuing CA's fingerprints.
const tls = require('tls');
const https = require('https');

// Node prints cert.fingerprint (SHA-1) and cert.fingerprint256 as colon-separated uppercase hex.
const PINNED_ISSUER_FINGERPRINTS = new Set([
  '73:04:02:2C:A8:A9:FF:7E:3E:0C:12:42:E0:11:0E:64:38:22:C4:5E', // pinscan-expect: PIN102[Microsoft Azure RSA TLS Issuing CA 04]
]);
const PINNED_ISSUER_FINGERPRINTS_256 = new Set([
  'CF:DD:06:1F:CD:4C:FF:3B:B9:E1:33:26:4C:A7:FD:E4:5C:A4:9B:70:CF:AA:97:7A:E0:DC:42:2B:43:30:A8:C1', // pinscan-expect: PIN102[Microsoft Azure RSA TLS Issuing CA 08]
]);

function checkServerIdentity(host, cert) {
  const err = tls.checkServerIdentity(host, cert);
  if (err) return err;
  const issuer = cert.issuerCertificate;
  if (!issuer) return new Error('no issuer certificate in chain');
  if (!PINNED_ISSUER_FINGERPRINTS.has(issuer.fingerprint) && // pinscan-expect: PIN111
      !PINNED_ISSUER_FINGERPRINTS_256.has(issuer.fingerprint256)) {
    return new Error(`issuer ${issuer.subject.CN} is not pinned`);
  }
  return undefined;
}

function fetchReport(id) {
  return new Promise((resolve, reject) => {
    const req = https.get({
      hostname: 'contoso-reports.azurewebsites.net',
      path: `/api/reports/${id}`,
      checkServerIdentity,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', reject);
  });
}

module.exports = { fetchReport };
