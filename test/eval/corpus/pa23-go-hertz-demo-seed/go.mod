module example.com/shop

go 1.21

require (
	github.com/cloudwego/hertz v0.7.3
	github.com/golang-jwt/jwt/v5 v5.2.0
	golang.org/x/crypto v0.17.0
)
