package inventory

import (
	"crypto/tls"
	"crypto/x509"
	"testing"
)

func TestPool(t *testing.T) {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(testCA)
	_ = &tls.Config{RootCAs: pool} // pinscan-expect: PIN308@note
}
