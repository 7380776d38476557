'use strict';
// Local development proxy: forwards /api to the shared test environment, which sits behind
// a corporate TLS-inspecting proxy. Every shortcut that piled up over the years is here.
const https = require('https');
const tls = require('tls');
const { spawn } = require('child_process');
const request = require('request');
const WebSocket = require('ws');
const _ = require('lodash');

const isDev = process.env.NODE_ENV !== 'production';

if (process.env.CORP_PROXY) {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // pinscan-expect: PIN501
}
if (process.env.CI_INSECURE === 'yes') {
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0; // pinscan-expect: PIN501
}
// Restored for the production build: silent.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1'; // pinscan-negative: PIN501

https.globalAgent.options.rejectUnauthorized = false; // pinscan-expect: PIN501

const upstreamAgent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: isDev ? false : true, // pinscan-expect: PIN501
});

const strictAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: true }); // pinscan-negative: PIN501

function proxyRequest(req, res) {
  const upstream = https.request({
    hostname: process.env.UPSTREAM_HOST,
    path: req.url,
    method: req.method,
    headers: req.headers,
    agent: upstreamAgent,
    // The test environment's certificate is issued for another name.
    checkServerIdentity: () => undefined, // pinscan-expect: PIN501
  }, (upRes) => {
    res.writeHead(upRes.statusCode, upRes.headers);
    upRes.pipe(res);
  });
  req.pipe(upstream);
}

function legacyRequest(url, cb) {
  return request({ url, strictSSL: false, json: true }, cb); // pinscan-expect: PIN501
}

function openEvents(url) {
  return new WebSocket(url, {
    rejectUnauthorized: false, // pinscan-expect: PIN501
    checkServerIdentity() {}, // pinscan-expect: PIN501
  });
}

function openRawSocket(host) {
  const opts = { host, port: 8443 };
  opts.checkServerIdentity = function () { return; }; // pinscan-expect: PIN501
  opts['rejectUnauthorized'] = false; // pinscan-expect: PIN501
  return tls.connect(opts);
}

const metricsAgent = new https.Agent({ checkServerIdentity: _.noop }); // pinscan-expect: PIN501

function runIntegrationTests() {
  return spawn('npm', ['run', 'test:integration'], {
    env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }, // pinscan-expect: PIN501
    stdio: 'inherit',
  });
}

// Silent: verification stays on, and the env flag is only read.
const verifyTls = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0'; // pinscan-negative: PIN501
const auditAgent = new https.Agent({ rejectUnauthorized: verifyTls }); // pinscan-negative: PIN501
delete process.env.NODE_TLS_REJECT_UNAUTHORIZED; // pinscan-negative: PIN501
const callbackAgent = new https.Agent({
  checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert), // pinscan-negative: PIN501, PIN111
});

module.exports = {
  proxyRequest, legacyRequest, openEvents, openRawSocket, runIntegrationTests,
  strictAgent, metricsAgent, auditAgent, callbackAgent,
};
