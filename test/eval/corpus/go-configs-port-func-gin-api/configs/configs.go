package configs

import "time"

const (
	// ProjectName is shown in logs and metrics.
	ProjectName = "gin-api"
	// HeaderLoginToken carries the session token.
	HeaderLoginToken = "Token"
)

// ProjectPort is the address the HTTP server listens on.
func ProjectPort() string {
	return ":9999"
}

// ShutdownTimeout bounds graceful shutdown.
func ShutdownTimeout() time.Duration {
	return 10 * time.Second
}
