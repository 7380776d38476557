'use strict';
// Payment gateway client. After the 2023 incident the team "hardened" the connection by
// checking the server certificate's fingerprint and key by hand.
const crypto = require('crypto');
const tls = require('tls');
const https = require('https');

const GATEWAY_HOST = 'payments.contoso.example';
const GATEWAY_LEAF_SHA256 = process.env.GATEWAY_LEAF_SHA256;
const GATEWAY_SPKI_PINS = (process.env.GATEWAY_SPKI_PINS || '').split(',');

function spkiHash(cert) {
  return crypto.createHash('sha256').update(cert.pubkey).digest('base64');
}

// 1. Inline callback in the request options.
function charge(body) {
  return new Promise((resolve, reject) => {
    const req = https.request({
      hostname: GATEWAY_HOST,
      method: 'POST',
      path: '/v2/charges',
      checkServerIdentity: (host, cert) => {
        const err = tls.checkServerIdentity(host, cert);
        if (err) return err;
        if (cert.fingerprint256 !== GATEWAY_LEAF_SHA256) { // pinscan-expect: PIN111
          return new Error(`unexpected certificate ${cert.fingerprint256} for ${host}`);
        }
        return undefined;
      },
    }, (res) => resolve(res.statusCode));
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

// 2. Object-literal method on an agent's options.
const refundsAgent = new https.Agent({
  keepAlive: true,
  checkServerIdentity(host, cert) {
    if (!GATEWAY_SPKI_PINS.includes(spkiHash(cert))) { // pinscan-expect: PIN111
      return new Error('public key pin mismatch');
    }
    return tls.checkServerIdentity(host, cert);
  },
});

// 3. Assigned after the fact.
const settlementOptions = { hostname: GATEWAY_HOST, path: '/v2/settlements' };
settlementOptions.checkServerIdentity = function (host, cert) {
  const issuer = cert.issuerCertificate;
  if (!issuer || issuer.subject.O !== 'DigiCert Inc') { // pinscan-expect: PIN111
    return new Error('unexpected issuer for the gateway certificate');
  }
  return tls.checkServerIdentity(host, cert);
};

// 4. A named verifier wired in by reference.
function verifyGatewayCert(servername, peerCert) {
  const err = tls.checkServerIdentity(servername, peerCert);
  if (err) return err;
  const pinned = Buffer.from(process.env.GATEWAY_LEAF_DER_B64 || '', 'base64');
  if (!crypto.timingSafeEqual(peerCert.raw, pinned)) { // pinscan-expect: PIN111
    return new Error('certificate changed');
  }
  return undefined;
}

const disputesAgent = new https.Agent({ checkServerIdentity: verifyGatewayCert });

// 5. Raw TLS socket checking the peer certificate once the handshake is done.
function openLedgerStream() {
  const socket = tls.connect({ host: 'ledger.contoso.example', port: 7443, servername: 'ledger.contoso.example' });
  socket.on('secureConnect', () => {
    const peer = socket.getPeerCertificate();
    if (peer.fingerprint !== process.env.LEDGER_SHA1) { // pinscan-expect: PIN111
      socket.destroy(new Error('ledger certificate mismatch'));
    }
  });
  return socket;
}

// 6. The connect callback doing the same.
function openAuditStream() {
  const socket = tls.connect(7444, 'audit.contoso.example', () => {
    const peer = socket.getPeerCertificate();
    if (peer.serialNumber !== process.env.AUDIT_SERIAL) socket.end(); // pinscan-expect: PIN111
  });
  return socket;
}

// Silent: the callback only adds a host alias and delegates to Node's own check.
const aliasAgent = new https.Agent({
  checkServerIdentity: (host, cert) => tls.checkServerIdentity(host === 'pay' ? GATEWAY_HOST : host, cert), // pinscan-negative: PIN111, PIN501
});

// Silent: logs the certificate but lets Node decide.
const loggingAgent = new https.Agent({
  checkServerIdentity(host, cert) { // pinscan-negative: PIN111, PIN501
    const err = tls.checkServerIdentity(host, cert);
    if (err) console.warn('certificate problem', host, cert.issuer && cert.issuer.CN, cert.fingerprint256);
    return err;
  },
});

// Silent: handshake logging only.
function openMetricsStream() {
  const socket = tls.connect({ host: 'metrics.contoso.example', port: 7445 });
  socket.on('secureConnect', () => { // pinscan-negative: PIN111
    const peer = socket.getPeerCertificate();
    console.info('metrics connected', peer.subject && peer.subject.CN, peer.valid_to);
  });
  return socket;
}

module.exports = {
  charge, refundsAgent, settlementOptions, disputesAgent, openLedgerStream, openAuditStream,
  aliasAgent, loggingAgent, openMetricsStream,
};
