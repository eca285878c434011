module git.example.org/ops/backup-runner

go 1.22

require (
	github.com/hashicorp/vault/api v1.14.0
	github.com/redis/go-redis/v9 v9.5.1
	golang.org/x/crypto v0.23.0
)
