package config

import "os"

type Config struct {
	Port      string
	JWTSecret string
	DBURL     string
}

func Load() Config {
	return Config{
		Port:      os.Getenv("PORT"),
		JWTSecret: "tasklane_jwt_secret", // tfl-eval: hardcoded-credential
		DBURL:     os.Getenv("DATABASE_URL"),
	}
}
