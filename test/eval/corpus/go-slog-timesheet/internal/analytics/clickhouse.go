package analytics

import (
	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

// Open connects to the reporting cluster that the weekly summaries read.
func Open() (driver.Conn, error) {
	return clickhouse.Open(&clickhouse.Options{
		Addr: []string{"ch-reporting-1.analytics.internal:9000", "ch-reporting-2.analytics.internal:9000"}, // tfl-eval: hardcoded-backing-service
		Auth: clickhouse.Auth{Database: "timesheet"},
	})
}
