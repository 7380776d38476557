// Package inventory talks to the inventory database.
//
// Connect with a connection string that names the CA file:
//
//	host=db.contoso.example sslmode=verify-full sslrootcert=/etc/inventory/root.crt
//
// Without it (sslrootcert=system) the platform's roots are trusted.
package inventory

// legacyDSN = "host=db.contoso.example sslrootcert=/etc/inventory/old-root.crt"
const dsn = "host=db.contoso.example sslmode=verify-full sslrootcert=/etc/inventory/root.crt"
