package auth

import (
	"testing"

	"golang.org/x/oauth2"
)

func TestExchange(t *testing.T) {
	cfg := &oauth2.Config{ClientID: "client", ClientSecret: "client-secret"} // tfl-eval-not: hardcoded-credential
	if cfg.ClientID == "" {
		t.Fatal("client id required")
	}
}
