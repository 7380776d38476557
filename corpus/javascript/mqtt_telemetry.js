'use strict';
// Telemetry uplink for the edge gateways: MQTT over TLS to the regional broker, plus a
// small HTTPS client for the provisioning API.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const https = require('https');
const mqtt = require('mqtt');

const CERT_DIR = process.env.GATEWAY_CERT_DIR || '/etc/gateway/certs';
const BROKER_ROOT = path.join(CERT_DIR, 'DigiCertGlobalRootG2.crt.pem');

// Options built up front and handed to mqtt.connect later.
const brokerOptions = {
  host: process.env.BROKER_HOST,
  port: 8883,
  protocol: 'mqtts',
  ca: fs.readFileSync(BROKER_ROOT), // pinscan-expect: PIN302[DigiCert Global Root G2]
  clientId: `gw-${process.env.GATEWAY_ID}`,
};

// Device identity: key and certificate, plus the broker's CA.
const deviceTls = {
  key: fs.readFileSync(path.join(CERT_DIR, 'device.key')),
  cert: fs.readFileSync(path.join(CERT_DIR, 'device.crt')),
  ca: [fs.readFileSync(path.join(CERT_DIR, 'MicrosoftRSARootCertificateAuthority2017.crt'))], // pinscan-expect: PIN302[Microsoft RSA Root Certificate Authority 2017]
};

function connectBroker() {
  return mqtt.connect(`mqtts://${process.env.BROKER_HOST}:8883`, { ...brokerOptions, ...deviceTls });
}

// Direct socket to the fallback broker, CA loaded into a local first.
function connectFallback(host) {
  const rootCa = fs.readFileSync(path.join(CERT_DIR, 'BaltimoreCyberTrustRoot.crt.pem'));
  return tls.connect(
    8883,
    host,
    {
      servername: host,
      ca: rootCa, // pinscan-expect: PIN302[Baltimore CyberTrust Root]@error
    },
    () => console.log('fallback broker connected'),
  );
}

// Provisioning API: https.get with a URL and an options object.
function fetchProvisioning(deviceId) {
  return new Promise((resolve, reject) => {
    https.get(`https://provisioning.contoso.example/devices/${deviceId}`, {
      ca: process.env.PROVISIONING_CA_PEM, // pinscan-expect: PIN302
    }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

// The shared agent keeps the default roots and adds the private CA: silent.
const sharedAgent = new https.Agent({
  keepAlive: true,
  ca: [...tls.rootCertificates, fs.readFileSync(path.join(CERT_DIR, 'contoso-private-ca.pem'))], // pinscan-negative: PIN302
});

// Node 23+: the system store plus the bundled roots, no replacement: silent.
const systemAgent = new https.Agent({ ca: tls.getCACertificates('system') }); // pinscan-negative: PIN302

// The local diagnostics server sends its chain and asks for client certificates; its `ca`
// verifies the technician's client certificate, not a server we connect to.
const diagServer = tls.createServer({
  key: fs.readFileSync(path.join(CERT_DIR, 'diag.key')),
  cert: fs.readFileSync(path.join(CERT_DIR, 'diag.crt')),
  ca: fs.readFileSync(path.join(CERT_DIR, 'technicians-ca.pem')), // pinscan-negative: PIN302
  requestCert: true,
});

// Letsencrypt-style server credentials for the local status page: the `ca` is the chain it sends.
const credentials = {
  key: fs.readFileSync('/etc/letsencrypt/live/gw/privkey.pem'),
  cert: fs.readFileSync('/etc/letsencrypt/live/gw/cert.pem'),
  ca: fs.readFileSync('/etc/letsencrypt/live/gw/chain.pem'), // pinscan-negative: PIN302
};
const statusServer = https.createServer(credentials, (req, res) => res.end('ok'));

// Not TLS at all: a region table.
const regions = { ca: 'Canada Central', us: 'East US' }; // pinscan-negative: PIN302
const labels = { key: 'province', ca: 'Ontario' }; // pinscan-negative: PIN302
const countries = { ca: { name: 'Canada', key: 'CA', port: 'Halifax' }, us: { name: 'United States', key: 'US' } }; // pinscan-negative: PIN302

module.exports = {
  connectBroker, connectFallback, fetchProvisioning, sharedAgent, systemAgent, diagServer, statusServer, regions, labels, countries,
};
