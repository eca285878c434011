package handlers

import "testing"

func TestClaims(t *testing.T) {
	const clientSecret = "test-client-secret" // tfl-eval-not: hardcoded-credential
	if clientSecret == "" {
		t.Fatal()
	}
}