module github.com/larchmont/parcelhub

go 1.22

require (
	github.com/jackc/pgx/v5 v5.5.4
	github.com/redis/go-redis/v9 v9.5.1
	github.com/spf13/viper v1.18.2
)
