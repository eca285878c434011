package config

import "testing"

func TestLoadReadsEnvironment(t *testing.T) {
	t.Setenv("DHL_API_KEY", "test-dhl-key")
	t.Setenv("WEBHOOK_SECRET", "whsec-test-only")
	cfg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DHLKey != "test-dhl-key" {
		t.Fatalf("got %q", cfg.DHLKey)
	}
}
