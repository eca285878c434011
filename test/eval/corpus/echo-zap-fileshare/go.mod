module github.com/example/fileshare

go 1.22

require (
	github.com/gorilla/sessions v1.2.2
	github.com/jackc/pgx/v5 v5.6.0
	github.com/labstack/echo-contrib v0.17.1
	github.com/labstack/echo/v4 v4.12.0
	github.com/sirupsen/logrus v1.9.3
	go.uber.org/zap v1.27.0
)
