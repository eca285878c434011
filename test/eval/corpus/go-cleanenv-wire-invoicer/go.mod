module github.com/brightledger/invoicer

go 1.22

require (
	github.com/google/wire v0.6.0
	github.com/ilyakaznacheev/cleanenv v1.5.0
	github.com/jackc/pgx/v5 v5.5.5
	github.com/wneessen/go-mail v0.4.1
)
