package coord

import "testing"

func TestEtcdConfig(t *testing.T) {
	cfg := testConfig()
	cfg.Password = "test-password" // tfl-eval-not: hardcoded-credential
	if cfg.Username == "" {
		t.Fatal("username required")
	}
}
