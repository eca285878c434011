package tlsconf

import (
	"crypto/tls"
	"os"
)

const serverCert = `-----BEGIN CERTIFICATE-----
MHKHp5x4T9N3nfrxGf6j4YcNDZjlk6SGqsFITNlPgyMKm3i/g0+HjpYUH4QNqUqg
sREWjes7dIdsbfxyWmlWWM0LyS6OsIDx5dVKSjS+vQIHAwOkkIbG3BiNe72IxFRj
-----END CERTIFICATE-----`

// tfl-eval-next-line: hardcoded-credential
const serverKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIK4s74aJ6ispTKDw/7GdKJ5GiXH+qhFpyuhLeJyfaJu3oAoGCCqGSM49
AwEHoUQDQgAEr3tCcltXCSH4E8ngG0jQxarzykVT5wWp1EUmTHxRYAImrOLe+hXe
ojaesIqG5eoktsCaVrf6XV6vo4SZJYqA8Q==
-----END EC PRIVATE KEY-----`

func Config() (*tls.Config, error) {
	if path := os.Getenv("LEDGER_TLS_KEY_FILE"); path != "" {
		cert, err := tls.LoadX509KeyPair(os.Getenv("LEDGER_TLS_CERT_FILE"), path)
		if err != nil {
			return nil, err
		}
		return &tls.Config{Certificates: []tls.Certificate{cert}}, nil
	}
	cert, err := tls.X509KeyPair([]byte(serverCert), []byte(serverKey))
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}
