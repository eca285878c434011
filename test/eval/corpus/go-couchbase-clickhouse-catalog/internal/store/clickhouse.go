package store

import (
	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

// Analytics opens the click-stream warehouse.
func Analytics() (driver.Conn, error) {
	return clickhouse.Open(&clickhouse.Options{
		Addr: []string{"ch.analytics.internal:9440"}, // tfl-eval: hardcoded-backing-service
		Auth: clickhouse.Auth{
			Database: "clicks",
			Username: "ingest",
			Password: "fsGGHauI6wnibopAIi7ho1", // tfl-eval: hardcoded-credential
		},
	})
}
