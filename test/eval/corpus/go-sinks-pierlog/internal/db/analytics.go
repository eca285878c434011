package db

import (
	"context"
	"os"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/jackc/pgx/v5"
)

// Movements opens the vessel-movement warehouse.
func Movements() (clickhouse.Conn, error) {
	return clickhouse.Open(&clickhouse.Options{
		Addr: []string{os.Getenv("CLICKHOUSE_ADDR")},
		Auth: clickhouse.Auth{
			Database: "movements",
			Username: "pierlog",
			Password: "CvKZCDZLqc8dAjMKQc", // tfl-eval: hardcoded-credential
		},
	})
}

// MovementsFromEnv is the production path.
func MovementsFromEnv() (clickhouse.Conn, error) {
	return clickhouse.Open(&clickhouse.Options{
		Addr: []string{os.Getenv("CLICKHOUSE_ADDR")},
		Auth: clickhouse.Auth{Database: "movements", Username: os.Getenv("CH_USER"), Password: os.Getenv("CH_PASSWORD")}, // tfl-eval-not: hardcoded-credential
	})
}

// Berths connects to the berth-booking database with a parsed config.
func Berths(ctx context.Context) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(os.Getenv("BERTHS_URL"))
	if err != nil {
		return nil, err
	}
	cfg.User = "pierlog_ro"
	cfg.Password = "O6DKRqrMPp17JGdNSy" // tfl-eval: hardcoded-credential
	cfg.RuntimeParams["application_name"] = "pierlog"
	return pgx.ConnectConfig(ctx, cfg)
}
