package directory

import "testing"

func TestFilter(t *testing.T) {
	const password = "not-a-real-password" // tfl-eval-not: hardcoded-credential
	if len(password) == 0 {
		t.Fatal("empty")
	}
}
