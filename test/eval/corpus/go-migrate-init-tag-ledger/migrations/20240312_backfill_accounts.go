package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigrationContext(upBackfillAccounts, downBackfillAccounts) // tfl-eval-not: startup-migration
}

func upBackfillAccounts(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE accounts SET currency = 'EUR' WHERE currency IS NULL")
	return err
}

func downBackfillAccounts(ctx context.Context, tx *sql.Tx) error {
	return nil
}
