module github.com/example/polls

go 1.22

require (
	github.com/gin-contrib/sessions v1.0.1
	github.com/gin-gonic/gin v1.10.0
	github.com/go-sql-driver/mysql v1.8.1
	github.com/golang-migrate/migrate/v4 v4.17.1
	gopkg.in/natefinch/lumberjack.v2 v2.2.1
)
