module example.com/edge-gateway

go 1.22

require (
	github.com/BurntSushi/toml v1.3.2
	github.com/golang-jwt/jwt/v5 v5.2.1
	golang.org/x/oauth2 v0.20.0
)
