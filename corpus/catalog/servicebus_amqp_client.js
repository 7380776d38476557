'use strict';
// Raw AMQP-over-TLS connection to Service Bus for the legacy batch importer.
const fs = require('fs');
const tls = require('tls');

function openAmqpSocket(namespace) {
  return tls.connect({
    host: `${namespace}.servicebus.windows.net`,
    port: 5671,
    servername: `${namespace}.servicebus.windows.net`,
    // Saved from the browser's certificate viewer ("Export..." on the issuer).
    ca: fs.readFileSync('./trust/Microsoft Azure TLS Issuing CA 02.crt'), // pinscan-expect: PIN302[Microsoft Azure TLS Issuing CA 02]
    minVersion: 'TLSv1.2',
  });
}

module.exports = { openAmqpSocket };
