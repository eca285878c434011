package store

import (
	"testing"

	"github.com/couchbase/gocb/v2"
)

func TestAuthenticatorShape(t *testing.T) {
	auth := gocb.PasswordAuthenticator{Username: "Administrator", Password: "password"} // tfl-eval-not: hardcoded-credential
	if auth.Username == "" {
		t.Fatal("empty user")
	}
}
