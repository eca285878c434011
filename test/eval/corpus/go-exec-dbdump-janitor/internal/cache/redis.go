package cache

import (
	"context"
	"os"
	"os/exec"
)

// Snapshot asks the session Redis for a background save before the hourly copy.
func Snapshot(ctx context.Context) error {
	if err := exec.CommandContext(ctx, "redis-cli", "-h", "sessions-redis", "-a", "KmpC3dzZ44JqKw6Yie", "--no-auth-warning", "BGSAVE").Run(); err != nil { // tfl-eval: hardcoded-credential
		return err
	}
	// The queue Redis takes its password from REDISCLI_AUTH, which redis-cli reads itself.
	queue := exec.CommandContext(ctx, "redis-cli", "-h", "queue-redis", "-a", os.Getenv("QUEUE_REDIS_PASSWORD"), "BGSAVE") // tfl-eval-not: hardcoded-credential
	return queue.Run()
}

// Flush is the maintenance page's "Flush cache" button; -n is the database number.
func Flush(ctx context.Context) error {
	return exec.CommandContext(ctx, "redis-cli", "-h", "page-cache", "-n", "3", "FLUSHDB").Run() // tfl-eval-not: hardcoded-credential
}
