package dump

import (
	"context"
	"os"
	"os/exec"
)

// Ledger runs pg_dump through a shell so the output can be compressed on the way.
func Ledger(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "sh", "-c",
		"PGPASSWORD=7aBSnwCSh4r5Xxgv85 pg_dump -h ledger-db -U ledger ledger | gzip > /var/backups/ledger.sql.gz") // tfl-eval: hardcoded-credential
	return cmd.Run()
}

// LedgerReplica reads the URL from the environment inside the shell.
func LedgerReplica(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "sh", "-c", `pg_dump "$REPLICA_DATABASE_URL" | gzip > /var/backups/replica.sql.gz`) // tfl-eval-not: hardcoded-credential
	return cmd.Run()
}

// Analytics passes the password in the child's environment.
func Analytics(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "pg_dump", "-h", "analytics-db", "-U", "analytics", "analytics")
	cmd.Env = append(os.Environ(), "PGPASSWORD=FXA6dgLzWPeWhvZpV7") // tfl-eval: hardcoded-credential
	return cmd.Run()
}

// Warehouse: the service account's password file is mounted by the deploy.
func Warehouse(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "pg_dump", "-h", "warehouse-db", "-U", "wh", "--no-password", "warehouse") // tfl-eval-not: hardcoded-credential
	cmd.Env = append(os.Environ(), "PGPASSFILE=/run/secrets/pgpass") // tfl-eval-not: hardcoded-credential
	return cmd.Run()
}
