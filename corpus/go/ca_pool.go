// Package upstream builds the HTTP clients the billing worker uses to reach
// its dependencies.
package upstream

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	ctls "crypto/tls"
)

const ledgerCAFile = "certs/DigiCertGlobalRootG2.crt.pem"

// ledgerClient trusts only the CA bundled with the service.
func ledgerClient() (*http.Client, error) {
	caPEM, err := os.ReadFile(ledgerCAFile)
	if err != nil {
		return nil, fmt.Errorf("read ledger CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("ledger CA: no certificates found")
	}
	return &http.Client{
		Timeout: 15 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{
				RootCAs:    pool, // pinscan-expect: PIN308
				MinVersion: tls.VersionTLS12,
			},
		},
	}, nil
}

// queueTLS parses a single DER certificate and trusts nothing else.
func queueTLS(der []byte, serverName string) (*ctls.Config, error) {
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	roots := x509.NewCertPool()
	roots.AddCert(cert)
	cfg := &ctls.Config{ServerName: serverName}
	cfg.RootCAs = roots // pinscan-expect: PIN308
	return cfg, nil
}

// dialVault connects straight to the secrets store with its private root.
func dialVault(addr string, rootPEM []byte) (*tls.Conn, error) {
	caCerts := x509.NewCertPool()
	caCerts.AppendCertsFromPEM(rootPEM)
	return tls.Dial("tcp", addr, &tls.Config{RootCAs: caCerts}) // pinscan-expect: PIN308
}

// The usual way: start from the system roots and add the private CA on top.
func reportingClient(extraCA []byte) *http.Client {
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	pool.AppendCertsFromPEM(extraCA)
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool}, // pinscan-negative: PIN308
	}}
}

func systemOnly() (*tls.Config, error) {
	sys, err := x509.SystemCertPool()
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		RootCAs: sys, // pinscan-negative: PIN308
	}, nil
}

// Server side: a private pool that verifies client certificates is mTLS, not pinning.
func mtlsServerConfig(clientCA []byte, cert tls.Certificate) *tls.Config {
	clients := x509.NewCertPool()
	clients.AppendCertsFromPEM(clientCA)
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		ClientCAs:    clients, // pinscan-negative: PIN308
		ClientAuth:   tls.RequireAndVerifyClientCert,
	}
}

// Explicitly leaving RootCAs nil keeps the system roots.
func defaultRoots() *tls.Config {
	return &tls.Config{RootCAs: nil, MinVersion: tls.VersionTLS13} // pinscan-negative: PIN308, PIN502
}

// A driver option: "system" asks for the platform roots, anything else names a CA file that
// becomes the only trust anchor.
func rootPool(rootCert string) (*x509.CertPool, error) {
	var pool *x509.CertPool
	var err error
	if rootCert == "system" {
		pool, err = x509.SystemCertPool()
		if err != nil {
			return nil, err
		}
	} else {
		pool = x509.NewCertPool()
		pem, err := os.ReadFile(rootCert)
		if err != nil {
			return nil, err
		}
		if !pool.AppendCertsFromPEM(pem) { // pinscan-expect: PIN308
			return nil, errors.New("no CA certificate in " + rootCert)
		}
	}
	return pool, nil
}

// The same choice, the other way round; a fallback that only appends to the system pool is silent.
func rootPoolInverted(caPEM []byte, useSystem bool) *x509.CertPool {
	if !useSystem {
		own := x509.NewCertPool()
		own.AppendCertsFromPEM(caPEM) // pinscan-expect: PIN308
		return own
	} else {
		sys, _ := x509.SystemCertPool()
		sys.AppendCertsFromPEM(caPEM) // pinscan-negative: PIN308
		return sys
	}
}
