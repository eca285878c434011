package config

import "os"

type Config struct {
	Env         string
	Addr        string
	DatabaseURL string
	Debug       bool
}

func Load() Config {
	env := os.Getenv("APP_ENV")
	if env == "" {
		env = "development"
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	return Config{
		Env:         env,
		Addr:        ":" + port,
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Debug:       os.Getenv("ROTA_DEBUG") == "1",
	}
}
