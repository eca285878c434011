package oauth

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

const tokenURL = "https://auth.ledger.example/oauth/token"

// Token fetches a client-credentials token for the ledger API.
func Token() (*http.Response, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {"billing-service"},
		"client_secret": {"pjfymPnRlhDUosSUtFDrsJKUlsw1vUjBjLgidrMA"}, // tfl-eval: hardcoded-credential
	}
	return http.Post(tokenURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// TokenFromEnv reads the secret at run time.
func TokenFromEnv() (*http.Response, error) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials") // tfl-eval-not: hardcoded-credential
	form.Set("client_secret", os.Getenv("LEDGER_CLIENT_SECRET")) // tfl-eval-not: hardcoded-credential
	return http.PostForm(tokenURL, form)
}
