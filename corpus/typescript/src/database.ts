// Database pools for the reporting service (PostgreSQL flexible server, MySQL).
import { readFileSync } from 'fs';
import { Pool, Client, type PoolConfig } from 'pg';
import * as mysql from 'mysql2/promise';
import * as tls from 'tls';

const PG_ROOT_CERT = 'certs/DigiCertGlobalRootCA.crt.pem';

const poolConfig: PoolConfig = {
  connectionString: process.env.DATABASE_URL,
  ssl: {
    ca: readFileSync(PG_ROOT_CERT).toString(), // pinscan-expect: PIN302[DigiCert Global Root CA]
    rejectUnauthorized: true, // pinscan-negative: PIN501
  },
};

export const reportingPool = new Pool(poolConfig);

export function adminClient(): Client {
  return new Client({
    connectionString: process.env.ADMIN_DATABASE_URL,
    ssl: { rejectUnauthorized: false } as tls.ConnectionOptions, // pinscan-expect: PIN501
  });
}

export async function analyticsDb(): Promise<mysql.Connection> {
  return mysql.createConnection({
    host: process.env.MYSQL_HOST,
    user: process.env.MYSQL_USER,
    ssl: {
      ca: process.env.MYSQL_CA_PEM as string, // pinscan-expect: PIN302
    },
  });
}

// Silent: system store.
export const archivePool = new Pool({ connectionString: process.env.ARCHIVE_URL, ssl: true }); // pinscan-negative: PIN302, PIN501
export const metricsPool = new Pool({ connectionString: process.env.METRICS_URL, ssl: { ca: tls.rootCertificates } }); // pinscan-negative: PIN302

// Production-only trust store, picked by a conditional.
const isProduction = process.env.NODE_ENV === 'production';
export const ledgerPool = new Pool({
  host: process.env.LEDGER_HOST,
  ssl: isProduction ? { ca: readFileSync(process.env.LEDGER_CA_FILE!) } : undefined, // pinscan-expect: PIN302
});

