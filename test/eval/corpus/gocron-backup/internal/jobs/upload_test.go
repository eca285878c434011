package jobs

import "testing"

func TestDumpName(t *testing.T) {
	const passphrase = "test-passphrase" // tfl-eval-not: hardcoded-credential
	if dumpName() == "" || passphrase == "" {
		t.Fatal("empty")
	}
}