'use strict';
// The billing SDK's TLS wrapper: it passes the caller's `ca` through, and the reporting job
// uses it with its own root.
const fs = require('fs');
const tls = require('tls');

function connectWith(host, port, caCertificates) {
  const tlsOptions = { host, port, servername: host };
  tlsOptions.ca = caCertificates; // pinscan-expect: PIN302@note
  return tls.connect(tlsOptions);
}

function connectFromEnvironment(host, port) {
  return tls.connect({ host, port, ca: process.env.BILLING_CA_PEM }); // pinscan-expect: PIN302@note
}

function reportingJob() {
  return tls.connect({
    host: 'reports.contoso.example',
    port: 443,
    ca: fs.readFileSync('/etc/contoso/reporting-root.pem'), // pinscan-expect: PIN302@warning
  });
}

module.exports = { connectWith, connectFromEnvironment, reportingJob };
