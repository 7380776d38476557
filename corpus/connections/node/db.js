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

// The CA file sits beside the code: the string is concatenated with the directory.
const archive = new Pool({
  connectionString: 'postgresql://archive@contoso-archive.postgres.database.azure.com/archive?sslmode=verify-full&sslrootcert=' + __dirname + '/certs/archive-ca.pem', // pinscan-expect: PIN320@warning
});

// The caller's own setting passed through: nothing is chosen here.
function withRoot(base, caPath) {
  return base + '&sslrootcert=' + caPath; // pinscan-negative: PIN320
}

module.exports = { pool, plain, archive, withRoot };
