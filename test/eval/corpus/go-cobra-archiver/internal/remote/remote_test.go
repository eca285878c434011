package remote

import "testing"

func TestConfig(t *testing.T) {
	cfg := SSHConfig()
	password := "archiver-test-pass" // tfl-eval-not: hardcoded-credential
	if cfg.User == "" || password == "" {
		t.Fatal("missing")
	}
}
