package cache

import "github.com/redis/go-redis/v9"

// Dedup keeps alert fingerprints for an hour so a flapping sensor pages once.
func Dedup() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{
		Addrs: []string{"10.40.1.21:6379", "10.40.1.22:6379", "10.40.1.23:6379"}, // tfl-eval: hardcoded-backing-service
	})
}
