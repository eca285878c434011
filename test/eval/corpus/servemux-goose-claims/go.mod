module github.com/acme-insure/claims

go 1.22

require (
	github.com/alexedwards/scs/v2 v2.8.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/pressly/goose/v3 v3.22.0
	github.com/rs/zerolog v1.33.0
	github.com/segmentio/kafka-go v0.4.47
)
