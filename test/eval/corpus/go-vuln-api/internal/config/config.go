package config

import "os"

// Config is read once at start-up.
type Config struct {
	DatabaseURL string
	JWTSecret   []byte
	AdminEmail  string
}

// jwtSecret signs every session token. Deliberately weak for the lab.
var jwtSecret = []byte("vulnapi-jwt-signing-key-2024") // tfl-eval: hardcoded-credential

func Load() Config {
	return Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		JWTSecret:   jwtSecret,
		AdminEmail:  "admin@vulnapi.lab",
	}
}
