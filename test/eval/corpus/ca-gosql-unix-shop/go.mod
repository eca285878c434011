module github.com/acme/unixshop

go 1.21

require (
	github.com/go-sql-driver/mysql v1.7.1
	github.com/golang-jwt/jwt/v5 v5.2.0
	gopkg.in/yaml.v3 v3.0.1
)
