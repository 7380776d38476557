// Package status dials the status service. The helpers at the bottom are shared by the
// package's tests (they take a *testing.T), so they live in a normal file.
package status

import (
	"crypto/tls"
	"net/http"
	"testing"
)

// NewClient returns the production client.
func NewClient() *http.Client {
	cfg := &tls.Config{
		InsecureSkipVerify: true, // pinscan-expect: PIN501@warning
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

// TestConnection checks that the service answers; it is production code despite its name.
func TestConnection(url string) error {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} // pinscan-expect: PIN501@warning
	_, err := c.Get(url)
	return err
}

// mockClient trusts the test server's generated certificate.
func mockClient(t testing.TB) *http.Client {
	t.Helper()
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} // pinscan-expect: PIN501@note
}

func TestDialMock(t *testing.T) {
	cfg := &tls.Config{InsecureSkipVerify: true} // pinscan-expect: PIN501@note
	_ = cfg
	_ = mockClient(t)
}
