module history

go 1.20

require (
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/labstack/echo/v4 v4.11.1
)
