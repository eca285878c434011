module github.com/acme/telemetry

go 1.22

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.28.3
	github.com/gin-gonic/gin v1.10.0
	github.com/go-chi/chi/v5 v5.1.0
	github.com/influxdata/influxdb-client-go/v2 v2.14.0
	github.com/labstack/echo/v4 v4.12.0
)
