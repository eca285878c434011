module github.com/civicpolls/polls

go 1.22

require (
	github.com/golang-migrate/migrate/v4 v4.17.1
	github.com/julienschmidt/httprouter v1.3.0
	github.com/lib/pq v1.10.9
	gopkg.in/natefinch/lumberjack.v2 v2.2.1
)
