package telemetry

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// loadCollectorRoots reads the collector's CA bundle into a fresh pool.
func loadCollectorRoots(path string) (*x509.CertPool, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("collector roots: %w", err)
	}
	roots := x509.NewCertPool() // pinscan-expect: PIN308
	if ok := roots.AppendCertsFromPEM(raw); !ok {
		return nil, fmt.Errorf("collector roots: %s holds no PEM certificates", path)
	}
	return roots, nil
}

func dialCollector(target, caPath string) (*grpc.ClientConn, error) {
	roots, err := loadCollectorRoots(caPath)
	if err != nil {
		return nil, err
	}
	creds := credentials.NewTLS(&tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12})
	return grpc.Dial(target, grpc.WithTransportCredentials(creds))
}

type exporter struct {
	trusted *x509.CertPool
	tlsCfg  *tls.Config
}

func (e *exporter) trust(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	e.trusted = x509.NewCertPool() // pinscan-expect: PIN308
	for block, rest := pem.Decode(raw); block != nil; block, rest = pem.Decode(rest) {
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return err
		}
		e.trusted.AddCert(c)
	}
	return nil
}

func (e *exporter) configure() {
	e.tlsCfg = &tls.Config{RootCAs: e.trusted}
}

// verifyChain builds a throwaway pool of intermediates for x509 path building.
func verifyChain(leaf *x509.Certificate, chain []*x509.Certificate) error {
	inter := x509.NewCertPool() // pinscan-negative: PIN308
	for _, c := range chain {
		inter.AddCert(c)
	}
	_, err := leaf.Verify(x509.VerifyOptions{Intermediates: inter})
	return err
}
