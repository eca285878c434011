module github.com/wardrota/rota

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/gorilla/sessions v1.2.2
	github.com/jackc/pgx/v5 v5.6.0
	github.com/jackc/tern/v2 v2.2.0
	github.com/nats-io/nats.go v1.35.0
	github.com/rs/zerolog v1.33.0
)
