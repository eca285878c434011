package auth

import "testing"

func TestWeakPINsAreRefused(t *testing.T) {
	for _, pin := range []string{"123456", "000000"} {
		if _, err := HashPIN(pin); err == nil {
			t.Fatalf("accepted weak PIN %q", pin)
		}
	}
	if _, err := HashPIN("583920"); err != nil { // tfl-eval-not: hardcoded-credential
		t.Fatal(err)
	}
}
