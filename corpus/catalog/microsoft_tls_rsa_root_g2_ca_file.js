'use strict';
// HTTP client for the Azure-hosted billing API. A keep-alive agent that trusts one root.
const fs = require('fs');
const path = require('path');
const https = require('https');

const billingAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 16,
  ca: fs.readFileSync(path.join(__dirname, 'certs', 'MicrosoftTLSRSARootG2.crt')), // pinscan-expect: PIN302[Microsoft TLS RSA Root G2]
});

function getInvoice(id) {
  return new Promise((resolve, reject) => {
    https
      .get({ hostname: 'billing.contoso.example', path: `/invoices/${id}`, agent: billingAgent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => { body += chunk; });
        res.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });
}

module.exports = { getInvoice };
