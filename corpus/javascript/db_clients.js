'use strict';
// Connection factories for the order service: PostgreSQL, MySQL, Redis, Kafka and the
// internal HTTP APIs. Each Azure-hosted store gets its own idea of "the" CA.
const fs = require('fs');
const tls = require('tls');
const https = require('https');
const pg = require('pg');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const Redis = require('ioredis');
const { Kafka } = require('kafkajs');
const { Agent, fetch } = require('undici');
const axios = require('axios');
const { Sequelize } = require('sequelize');

const PG_CA = './certs/DigiCertGlobalRootCA.crt.pem';

function ordersDb() {
  return new pg.Client({
    host: process.env.PGHOST,
    database: 'orders',
    ssl: {
      ca: fs.readFileSync(PG_CA).toString(), // pinscan-expect: PIN302[DigiCert Global Root CA]
      rejectUnauthorized: true, // pinscan-negative: PIN501
    },
  });
}

const reportingPool = new Pool({
  connectionString: process.env.REPORTING_URL,
  max: 10,
  ssl: { rejectUnauthorized: true, ca: process.env.PG_ROOT_CERT }, // pinscan-expect: PIN302
});

// Staging database with a self-signed certificate.
const stagingPool = new Pool({
  connectionString: process.env.STAGING_URL,
  ssl: { rejectUnauthorized: false }, // pinscan-expect: PIN501
});

async function inventoryDb() {
  return mysql.createConnection({
    host: 'inventory.mysql.database.azure.com',
    user: process.env.MYSQL_USER,
    password: process.env.MYSQL_PASSWORD,
    ssl: {
      ca: [fs.readFileSync('./certs/DigiCertGlobalRootG2.crt.pem', 'utf8')], // pinscan-expect: PIN302[DigiCert Global Root G2]
    },
  });
}

const sequelize = new Sequelize(process.env.MYSQL_DB, process.env.MYSQL_USER, process.env.MYSQL_PASSWORD, {
  dialect: 'mysql',
  dialectOptions: {
    ssl: {
      'ca': fs.readFileSync(__dirname + '/certs/mysql-ca.pem'), // pinscan-expect: PIN302
    },
  },
});

const sessionCache = new Redis({
  host: 'sessions.redis.cache.windows.net',
  port: 6380,
  password: process.env.REDIS_KEY,
  tls: {
    servername: 'sessions.redis.cache.windows.net',
    ca: fs.readFileSync('./certs/MicrosoftRSARootCertificateAuthority2017.crt'), // pinscan-expect: PIN302[Microsoft RSA Root Certificate Authority 2017]
  },
});

// Redis with the default roots: nothing to report.
const rateLimitCache = new Redis({ host: 'ratelimit.redis.cache.windows.net', port: 6380, tls: {} }); // pinscan-negative: PIN302

const kafka = new Kafka({
  clientId: 'orders',
  brokers: [process.env.EVENTHUB_BROKER],
  ssl: {
    ca: [fs.readFileSync('/etc/kafka/ca.pem', 'utf-8')], // pinscan-expect: PIN302
  },
  sasl: { mechanism: 'plain', username: '$ConnectionString', password: process.env.EVENTHUB_CS },
});

// undici: the CA goes into the connector options.
const pricingDispatcher = new Agent({
  connect: {
    ca: fs.readFileSync('./certs/pricing-root.pem'), // pinscan-expect: PIN302
  },
});

async function getPrice(sku) {
  const res = await fetch(`https://pricing.contoso.example/sku/${sku}`, { dispatcher: pricingDispatcher });
  return res.json();
}

// axios with a dedicated agent.
const shippingApi = axios.create({
  baseURL: 'https://shipping.contoso.example',
  httpsAgent: new https.Agent({ ca: fs.readFileSync('./certs/shipping-ca.pem') }), // pinscan-expect: PIN302
});

// The catalogue API keeps Node's roots and adds the private CA: silent.
const catalogApi = axios.create({
  baseURL: 'https://catalog.internal.contoso.example',
  httpsAgent: new https.Agent({ ca: [...tls.rootCertificates, fs.readFileSync('./certs/contoso-private-ca.pem')] }), // pinscan-negative: PIN302
});

// Legacy partner API: verification turned off "temporarily".
const partnerApi = axios.create({
  baseURL: 'https://partner.example.net',
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }), // pinscan-expect: PIN501
});

// The TLS options only in production, chosen with a conditional.
const auditDb = new Client({
  host: process.env.AUDIT_HOST,
  ssl: process.env.NODE_ENV === 'production'
    ? { ca: fs.readFileSync('/etc/ssl/audit/root.pem') } // pinscan-expect: PIN302
    : false,
});

module.exports = {
  auditDb, ordersDb, reportingPool, stagingPool, inventoryDb, sequelize, sessionCache, rateLimitCache,
  kafka, getPrice, shippingApi, catalogApi, partnerApi,
};
