package auth

import "testing"

func TestValidPassword(t *testing.T) {
	validPassword := "long-enough-pass" // tfl-eval-not: hardcoded-credential
	invalidPassword := "short"          // tfl-eval-not: hardcoded-credential
	if !ValidPassword(validPassword) || ValidPassword(invalidPassword) {
		t.Fatal("length check")
	}
}
