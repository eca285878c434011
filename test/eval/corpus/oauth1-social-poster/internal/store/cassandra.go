package store

import (
	"os"
	"strings"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/gocql/gocql"
)

func Cassandra() (*gocql.Session, error) {
	cluster := gocql.NewCluster(strings.Split(os.Getenv("CASSANDRA_HOSTS"), ",")...)
	cluster.Keyspace = "poster"
	cluster.Authenticator = gocql.PasswordAuthenticator{
		Username: "poster",
		Password: "12r2XxD+CtO9gqCMgh", // tfl-eval: hardcoded-credential
	}
	return cluster.CreateSession()
}

func Analytics() (clickhouse.Conn, error) {
	return clickhouse.Open(&clickhouse.Options{
		Addr: []string{os.Getenv("CLICKHOUSE_ADDR")},
		Auth: clickhouse.Auth{
			Database: "poster",
			Username: "poster_ro",
			Password: "ZLTgp**FDT9Sw0QW", // tfl-eval: hardcoded-credential
		},
	})
}
