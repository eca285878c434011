module github.com/hearthbooks/ledger

go 1.22

require (
	github.com/gorilla/sessions v1.3.0
	github.com/rs/zerolog v1.33.0
	github.com/uptrace/bun v1.2.1
	github.com/uptrace/bun/dialect/pgdialect v1.2.1
	github.com/uptrace/bun/driver/pgdriver v1.2.1
	github.com/uptrace/bunrouter v1.0.21
)
