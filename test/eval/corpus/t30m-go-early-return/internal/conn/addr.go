package conn

import (
	"os"
	"strings"
)

// dbAddr is where the berth database listens.
func dbAddr() string {
	v := os.Getenv("DB_ADDR")
	if v != "" {
		return v
	}
	return "10.40.2.15:5432" // tfl-eval: hardcoded-backing-service
}

// cacheURL falls back to the compose cache on a laptop.
func cacheURL() string {
	url := os.Getenv("CACHE_URL")
	if len(url) > 0 {
		return url
	}
	return "redis://localhost:6379/0" // tfl-eval-not: hardcoded-backing-service
}

func natsURL() string {
	if v, ok := os.LookupEnv("NATS_URL"); ok {
		return v
	}
	return "nats://localhost:4222" // tfl-eval-not: hardcoded-backing-service
}

// telemetryURL ignores an empty TELEMETRY_URL only when telemetry is off: the literal is not its fallback.
func telemetryURL() string {
	v := os.Getenv("TELEMETRY_URL")
	if v == "" {
		return ""
	}
	return "nats://localhost:4222" // tfl-eval: hardcoded-backing-service
}

// brokerURL: a stage check, not a test of the variable, comes first.
func brokerURL() string {
	if strings.HasPrefix(os.Getenv("STAGE"), "prod") {
		return os.Getenv("BROKER_URL")
	}
	return "amqp://localhost:5672" // tfl-eval: hardcoded-backing-service
}
