package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLoadReadsEnvironment(t *testing.T) {
	t.Setenv("COOKIE_SECRET", "test-cookie-secret") // tfl-eval-not: hardcoded-credential
	t.Setenv("PG_PASSWORD", "postgres")             // tfl-eval-not: hardcoded-credential
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yml")
	if err := os.WriteFile(path, []byte("http:\n  addr: \":9090\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Postgres.Password != "postgres" {
		t.Fatalf("password = %q", cfg.Postgres.Password)
	}
}
