package gateway

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
)

var (
	errPinMismatch = errors.New("gateway: server certificate does not match the pinned value")
	pinnedLeafHex  = os.Getenv("GATEWAY_LEAF_SHA256")
	pinnedSPKI     []byte
	expectedIssuer = os.Getenv("GATEWAY_ISSUER_CN")
)

// Leaf pinning: hash the first raw certificate and compare it with the configured digest.
func leafPinnedConfig() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // pinscan-expect: PIN501
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			if len(rawCerts) == 0 {
				return errPinMismatch
			}
			sum := sha256.Sum256(rawCerts[0])
			if hex.EncodeToString(sum[:]) != pinnedLeafHex { // pinscan-expect: PIN111
				return errPinMismatch
			}
			return nil
		},
	}
}

// Issuer check after the normal chain verification.
func issuerCheckedConfig(serverName string) *tls.Config {
	cfg := &tls.Config{ServerName: serverName, MinVersion: tls.VersionTLS12}
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		leaf := cs.PeerCertificates[0]
		if leaf.Issuer.CommonName != expectedIssuer { // pinscan-expect: PIN111
			return fmt.Errorf("unexpected issuer %q", leaf.Issuer.CommonName)
		}
		return nil
	}
	return cfg
}

type spkiPinner struct {
	pins [][]byte
}

// verify is wired in as VerifyPeerCertificate below.
func (p *spkiPinner) verify(_ [][]byte, chains [][]*x509.Certificate) error {
	for _, chain := range chains {
		for _, c := range chain {
			for _, pin := range p.pins {
				digest := sha256.Sum256(c.RawSubjectPublicKeyInfo)
				if subtle.ConstantTimeCompare(digest[:], pin) == 1 { // pinscan-expect: PIN111
					return nil
				}
			}
		}
	}
	return errPinMismatch
}

func (p *spkiPinner) dial(addr string) (net.Conn, error) {
	return tls.Dial("tcp", addr, &tls.Config{VerifyPeerCertificate: p.verify})
}

func spkiOnly() *tls.Config {
	return &tls.Config{
		VerifyConnection: func(state tls.ConnectionState) error {
			if !bytes.Equal(state.PeerCertificates[0].RawSubjectPublicKeyInfo, pinnedSPKI) { // pinscan-expect: PIN111
				return errPinMismatch
			}
			return nil
		},
	}
}

// Re-implements the standard verification for session resumption: not pinning.
func resumptionSafeConfig(roots *x509.CertPool) *tls.Config {
	return &tls.Config{
		VerifyConnection: func(cs tls.ConnectionState) error { // pinscan-negative: PIN111
			opts := x509.VerifyOptions{
				DNSName:       cs.ServerName,
				Intermediates: x509.NewCertPool(),
			}
			for _, cert := range cs.PeerCertificates[1:] {
				opts.Intermediates.AddCert(cert)
			}
			_, err := cs.PeerCertificates[0].Verify(opts)
			return err
		},
	}
}

// Only requires that the server sent something; the chain was already verified.
func requireChain() *tls.Config {
	return &tls.Config{
		VerifyPeerCertificate: func(_ [][]byte, verifiedChains [][]*x509.Certificate) error { // pinscan-negative: PIN111
			if len(verifiedChains) == 0 {
				return errors.New("no verified chain")
			}
			return nil
		},
		InsecureSkipVerify: false, // pinscan-negative: PIN501
	}
}
