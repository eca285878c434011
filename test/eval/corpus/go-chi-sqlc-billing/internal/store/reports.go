package store

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// ReportsConn opens the read replica used by the nightly export.
func ReportsConn(ctx context.Context) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig("postgres://reports_ro:VePows9hrvBS284U@replica.billing.internal:5432/billing") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		return nil, err
	}
	cfg.RuntimeParams["application_name"] = "billing-reports"
	return pgx.ConnectConfig(ctx, cfg)
}
