package blocklist

import "testing"

func TestDefaultConfig(t *testing.T) {
	cfg := Config{APIKey: "test-api-key"} // tfl-eval-not: hardcoded-credential
	if cfg.APIKey == "" {
		t.Fatal("empty key")
	}
}