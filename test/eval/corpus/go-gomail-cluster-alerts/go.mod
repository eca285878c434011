module github.com/gridops/alerts

go 1.22

require (
	github.com/redis/go-redis/v9 v9.5.3
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
)
