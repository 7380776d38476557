package legacy

import (
	"crypto/tls"
	"flag"
	"net/http"

	"github.com/go-sql-driver/mysql"
)

var insecure = flag.Bool("insecure", false, "skip certificate checks (local development only)")

// The old SCADA historian only speaks TLS 1.0.
func historianConfig() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS10, // pinscan-expect: PIN502
		MaxVersion: tls.VersionTLS11, // pinscan-expect: PIN502
	}
}

func registerMySQL() error {
	cfg := &tls.Config{}
	cfg.MinVersion = tls.VersionTLS11 // pinscan-expect: PIN502
	cfg.InsecureSkipVerify = true     // pinscan-expect: PIN501
	return mysql.RegisterTLSConfig("legacy", cfg)
}

func proxyTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // pinscan-expect: PIN501
	return t
}

func devTransport() *http.Transport {
	return &http.Transport{
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: *insecure, // pinscan-negative: PIN501
			MinVersion:         tls.VersionTLS12, // pinscan-negative: PIN502
		},
	}
}

func modern() *tls.Config {
	cfg := &tls.Config{MaxVersion: tls.VersionTLS13} // pinscan-negative: PIN502
	cfg.MinVersion = tls.VersionTLS12                // pinscan-negative: PIN502
	cfg.InsecureSkipVerify = false                   // pinscan-negative: PIN501
	return cfg
}
