module example.com/pierlog

go 1.21

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.15.0
	github.com/jackc/pgx/v5 v5.5.0
	github.com/go-ldap/ldap/v3 v3.4.6
	github.com/minio/minio-go/v7 v7.0.63
	github.com/pkg/sftp v1.13.6
	golang.org/x/crypto v0.17.0
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
)
