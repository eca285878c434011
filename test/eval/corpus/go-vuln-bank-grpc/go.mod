module example.net/vulnbank

go 1.22

require (
	google.golang.org/grpc v1.62.1
	github.com/jackc/pgx/v5 v5.5.5
)
