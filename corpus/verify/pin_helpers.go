// Package uplink: verification callbacks given by name, built by helpers, custom dialers,
// and name checks.
package uplink

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"net"
	"net/http"
	"slices"
)

const leafPin = "6a0f0bb87e4b1e6c3dd0b1d4d8a6bbf5c0ff6a0c8e3d1d2f1e9a7c3b5d4e2f10"

var allowedNames = []string{"ingest.contoso.example", "ingest-dr.contoso.example"}

func checkLeaf(der []byte) error {
	sum := sha256.Sum256(der)
	if hex.EncodeToString(sum[:]) != leafPin { // pinscan-expect: PIN111
		return errors.New("leaf certificate is not pinned")
	}
	return nil
}

func verifyByHelper(rawCerts [][]byte, _ [][]*x509.Certificate) error {
	if len(rawCerts) == 0 {
		return errors.New("no certificate")
	}
	return checkLeaf(rawCerts[0])
}

// A callback given by name, deciding in a helper.
func NamedCallback() *tls.Config {
	return &tls.Config{VerifyPeerCertificate: verifyByHelper}
}

// A custom dialer that hashes the peer certificate after the handshake.
func Transport(cfg *tls.Config) *http.Transport {
	return &http.Transport{
		DialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			conn, err := tls.Dial(network, addr, cfg)
			if err != nil {
				return nil, err
			}
			leaf := conn.ConnectionState().PeerCertificates[0]
			fp := sha256.Sum256(leaf.Raw)
			if hex.EncodeToString(fp[:]) != leafPin { // pinscan-expect: PIN380
				conn.Close()
				return nil, errors.New("unexpected server certificate")
			}
			return conn, nil
		},
	}
}

// A SAN allow-list against fixed names.
func SANAllowList() *tls.Config {
	return &tls.Config{
		VerifyConnection: func(cs tls.ConnectionState) error {
			for _, name := range cs.PeerCertificates[0].DNSNames {
				if slices.Contains(allowedNames, name) { // pinscan-expect: PIN111
					return nil
				}
			}
			return errors.New("no allowed name")
		},
	}
}

// Negative: the common name against the server name is host-name verification.
func HostCheck() *tls.Config {
	return &tls.Config{
		VerifyConnection: func(cs tls.ConnectionState) error {
			if cs.PeerCertificates[0].Subject.CommonName != cs.ServerName { // pinscan-negative: PIN111, PIN380
				return errors.New("name mismatch")
			}
			return nil
		},
	}
}

// Negative: a dialer that only sets a deadline.
func PlainDialer(cfg *tls.Config) *http.Transport {
	return &http.Transport{
		DialTLS: func(network, addr string) (net.Conn, error) { // pinscan-negative: PIN111, PIN380
			d := &net.Dialer{}
			return tls.DialWithDialer(d, network, addr, cfg)
		},
	}
}
