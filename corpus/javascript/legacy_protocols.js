'use strict';
// Connectors for the old on-premises systems that never got past TLS 1.0, and the newer
// ones configured correctly.
const fs = require('fs');
const tls = require('tls');
const https = require('https');
const crypto = require('crypto');
const mysql = require('mysql2');
const { Connection } = require('tedious');

// Global default lowered for the whole process.
tls.DEFAULT_MIN_VERSION = 'TLSv1'; // pinscan-expect: PIN502

const mainframeSocket = tls.connect({
  host: 'mainframe.corp.contoso.example',
  port: 992,
  minVersion: 'TLSv1', // pinscan-expect: PIN502
  maxVersion: 'TLSv1.1', // pinscan-expect: PIN502
});

const scannerAgent = new https.Agent({
  secureProtocol: 'TLSv1_method', // pinscan-expect: PIN502
});

const hrDb = mysql.createConnection({
  host: 'hr-db.corp.contoso.example',
  ssl: { minVersion: "TLSv1.1" }, // pinscan-expect: PIN502
});

const timesheets = new Connection({
  server: 'timesheets.corp.contoso.example',
  options: {
    encrypt: true,
    cryptoCredentialsDetails: { secureProtocol: 'TLSv1_1_client_method' }, // pinscan-expect: PIN502
  },
});

const legacyOpts = {};
legacyOpts.maxVersion = 'TLSv1'; // pinscan-expect: PIN502

// Child process for the old SOAP bridge, started with Node's TLS floor lowered.
const bridgeEnv = { ...process.env, NODE_OPTIONS: '--tls-min-v1.0' }; // pinscan-expect: PIN502
const { spawn, fork } = require('child_process');
const bridge = spawn(process.execPath, ['--tls-min-v1.1', 'bridge.js'], { env: bridgeEnv }); // pinscan-expect: PIN502
const poller = fork('poller.js', [], { execArgv: ['--inspect=0', '--tls-max-v1.1'] }); // pinscan-expect: PIN502
process.env.NODE_OPTIONS = '--max-old-space-size=2048 --tls-min-v1.0'; // pinscan-expect: PIN502

// Silent: modern settings.
tls.DEFAULT_MIN_VERSION = 'TLSv1.2'; // pinscan-negative: PIN502
const billingAgent = new https.Agent({
  minVersion: 'TLSv1.2', // pinscan-negative: PIN502
  maxVersion: 'TLSv1.3', // pinscan-negative: PIN502
  secureProtocol: 'TLS_method', // pinscan-negative: PIN502
});
// Disabling the old versions is the fix, not the problem.
const hardened = tls.createSecureContext({
  secureOptions: crypto.constants.SSL_OP_NO_TLSv1 | crypto.constants.SSL_OP_NO_TLSv1_1, // pinscan-negative: PIN502
});
const generic = new https.Agent({ secureProtocol: 'SSLv23_method' }); // pinscan-negative: PIN502
const modernEnv = { ...process.env, NODE_OPTIONS: '--tls-min-v1.2' }; // pinscan-negative: PIN502
const banner = 'Supports TLSv1 clients until 2019'; // pinscan-negative: PIN502
// A runtime's own table of node flags names the options; it sets none of them.
function legacyFloor(getOption, arg) {
  if (getOption('--tls-min-v1.0')) return 'TLSv1.2'; // pinscan-negative: PIN502
  switch (arg) {
    case '--tls-min-v1.1': // pinscan-negative: PIN502
      return true;
    default:
      return ['--tls-max-v1.0', '--no-tls-min-v1.0'].includes(arg); // pinscan-negative: PIN502
  }
}

module.exports = { mainframeSocket, scannerAgent, hrDb, timesheets, legacyOpts, bridgeEnv, billingAgent, hardened, generic, modernEnv, banner, bridge, poller, legacyFloor };
