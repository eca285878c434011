module github.com/yardgate/yardgate

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/denisenkom/go-mssqldb v0.12.3
)
