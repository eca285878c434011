module github.com/paybank/ledger

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/spf13/viper v1.19.0
)
