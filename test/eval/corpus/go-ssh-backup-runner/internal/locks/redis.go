package locks

import "github.com/redis/go-redis/v9"

// New returns the lock store behind Redis Sentinel.
func New() *redis.Client {
	return redis.NewFailoverClient(&redis.FailoverOptions{
		MasterName:       "backup-locks",
		SentinelAddrs:    []string{"sentinel-a:26379", "sentinel-b:26379"},
		SentinelPassword: "Bc5Vx9Nz3Mq7Lk2J", // tfl-eval: hardcoded-credential
		Password:         "Fr8Ty2Ui6Op4As1D", // tfl-eval: hardcoded-credential
		DB:               3,
	})
}
