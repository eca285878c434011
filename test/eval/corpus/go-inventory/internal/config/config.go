package config

import "os"

const (
	defaultPort   = "8080"
	apiTokenEnv   = "INVENTORY_API_TOKEN"
	adminPassword = "inv3ntory-Adm1n" // tfl-eval: hardcoded-credential
)

type Config struct {
	Port        string
	DatabaseURL string
	GithubToken string
}

func Load() Config {
	return Config{
		Port:        getenv("PORT", defaultPort),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		GithubToken: "ghp_8Rt2Yx5Qm9Lp3Vz7Nb1Kc4Wd6Hf0Js2Gu5Ea", // tfl-eval: hardcoded-credential
	}
}

func getenv(key, fallback string) string {
	if value, ok := os.LookupEnv(key); ok {
		return value
	}
	return fallback
}
