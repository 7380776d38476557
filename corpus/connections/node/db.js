'use strict';

const { Pool } = require('pg');

// Connection string comes from the App Service settings; default shown for local runs.
const connectionString =
  process.env.DATABASE_URL ||
  'postgresql://reports@contoso-reports.postgres.database.azure.com:5432/reports?sslmode=verify-full&sslrootcert=./certs/MicrosoftRSARootCertificateAuthority2017.crt'; // pinscan-expect: PIN320[Microsoft RSA Root Certificate Authority 2017]@warning

const pool = new Pool({ connectionString, max: 10 });

// Same database through the verify-full default, no narrowed trust store.
const plain = new Pool({
  connectionString: 'postgresql://reports@contoso-reports.postgres.database.azure.com:5432/reports?sslmode=verify-full', // pinscan-negative: PIN320, PIN504
});

module.exports = { pool, plain };
