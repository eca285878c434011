module github.com/example/timesheet

go 1.22

require (
	entgo.io/ent v0.13.1
	github.com/ClickHouse/clickhouse-go/v2 v2.24.0
	github.com/alexedwards/scs/v2 v2.8.0
	github.com/lib/pq v1.10.9
)
