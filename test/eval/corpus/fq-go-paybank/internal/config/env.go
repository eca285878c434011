package config

import "os"

func getEnv(key, fallback string) string {
	if value, ok := os.LookupEnv(key); ok {
		return value
	}
	return fallback
}

type Auth struct {
	JWTSecret string
	Issuer    string
}

func LoadAuth() Auth {
	return Auth{
		JWTSecret: getEnv("JWT_SECRET", "changeme"), // tfl-eval: hardcoded-credential
		Issuer:    getEnv("JWT_ISSUER", "paybank"),
	}
}
