package store

import (
	"context"
	"testing"

	"github.com/harbourline/backup-agent/internal/config"
)

func TestRunRejectsBadHost(t *testing.T) {
	cfg := &config.Config{Postgres: config.Postgres{Host: "127.0.0.1", User: "test", Password: "test-password", Database: "ledger_test"}} // tfl-eval-not: hardcoded-credential
	if err := Run(context.Background(), cfg); err == nil {
		t.Skip("a local postgres answered")
	}
}
