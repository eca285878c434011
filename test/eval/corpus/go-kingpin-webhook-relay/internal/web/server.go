package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"github.com/gorilla/csrf"
	"github.com/gorilla/securecookie"
)

var cookies = securecookie.New(
	[]byte("399debf66ef47120209ba12417626a2b8ea7003ea9bdfeeb4bd346b156fdf8f6"), // tfl-eval: hardcoded-credential
	[]byte("InCz8wg1pwk4Yh8b5jlQNhzzgBjflJRt"), // tfl-eval: hardcoded-credential
)

var partnerKey = []byte("1DcpxJXqMpHzD9ds4TUO4B63x5Miok3l") // tfl-eval: hardcoded-credential

func New(upstreamToken, signingKey, smtpPass string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/hook", func(w http.ResponseWriter, r *http.Request) {
		sig := r.Header.Get("X-Signature")
		mac := hmac.New(sha256.New, partnerKey)
		if !hmac.Equal([]byte(sig), []byte(hex.EncodeToString(mac.Sum(nil)))) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
		}
	})
	protect := csrf.Protect([]byte("gRbvs6gAA3p6tlYewvKj1HgecFXtb72h"), csrf.Secure(true)) // tfl-eval: hardcoded-credential
	return protect(mux)
}

// Verify is the legacy partner's scheme: HMAC-SHA1 with a shared secret in the code.
func Verify(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte("7cac6e7b58da084573c093c6dc508a27196bb379")) // tfl-eval: hardcoded-credential
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil)) == sig
}

func Encode(v map[string]string) (string, error) {
	return cookies.Encode("relay-session", v) // tfl-eval-not: hardcoded-credential
}
