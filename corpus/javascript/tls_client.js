'use strict';
const fs = require('fs');
const tls = require('tls');
const https = require('https');

// Only this one root is trusted: narrow.
const socket = tls.connect({
  host: 'iot-hub.azure-devices.net',
  port: 8883,
  ca: fs.readFileSync('certs/BaltimoreCyberTrustRoot.crt.pem'), // pinscan-expect: PIN302[Baltimore CyberTrust Root]
});

const req = https.request({ hostname: 'x.blob.core.windows.net', ca: [fs.readFileSync('root.pem')] }, () => {}); // pinscan-expect: PIN302

const ca = fs.readFileSync('private-ca.pem');
const agent = new https.Agent({ keepAlive: true, ca }); // pinscan-expect: PIN302

const ctx = tls.createSecureContext({ 'ca': ca }); // pinscan-expect: PIN302

// Extending the default roots keeps them: silent.
const extended = tls.connect({ host: 'h', port: 443, ca: [...tls.rootCertificates, ca] }); // pinscan-negative: PIN302
const plain = https.get({ hostname: 'example.com' }, () => {}); // pinscan-negative: PIN302
const notTls = JSON.stringify({ ca: 'California' }); // pinscan-negative: PIN302
module.exports = { socket, req, agent, ctx, extended, plain, notTls };
