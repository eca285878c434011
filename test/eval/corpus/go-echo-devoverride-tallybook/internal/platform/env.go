package platform

import "os"

// Env is the deployment stage, set by the Helm chart in every cluster.
type Env struct {
	Name        string
	DatabaseURL string
	LogLevel    string
}

func Load() Env {
	name := os.Getenv("TALLY_ENV")
	if name == "" {
		name = "production"
	}
	return Env{Name: name, DatabaseURL: os.Getenv("DATABASE_URL"), LogLevel: os.Getenv("LOG_LEVEL")}
}
