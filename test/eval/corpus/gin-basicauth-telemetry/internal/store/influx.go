package store

import (
	"context"
	"os"

	"github.com/ClickHouse/clickhouse-go/v2"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

// Points writes raw points to InfluxDB.
func Points() influxdb2.Client {
	return influxdb2.NewClient("https://influx.acme.example:8086", "IDtqii2Ecglyl0BetYqChinYn3yFHO4WzDB4SEjOSpjFK6I0kZjISt3b310n9u9sLAkvigmrf7bXTqSc994EwH==") // tfl-eval: hardcoded-credential
}

// PointsFromEnv is how the new ingesters connect.
func PointsFromEnv() influxdb2.Client {
	return influxdb2.NewClient(os.Getenv("INFLUX_URL"), os.Getenv("INFLUX_TOKEN")) // tfl-eval-not: hardcoded-credential
}

// Rollups reads aggregates from ClickHouse.
func Rollups(ctx context.Context) (clickhouse.Conn, error) {
	return clickhouse.Open(&clickhouse.Options{
		Addr: []string{os.Getenv("CLICKHOUSE_ADDR")},
		Auth: clickhouse.Auth{
			Database: "telemetry",
			Username: "rollups",
			Password: "QWqOGJhrEQPur8qol8iM", // tfl-eval: hardcoded-credential
		},
	})
}
