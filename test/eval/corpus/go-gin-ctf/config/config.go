package config

import "os"

type Config struct {
	DSN       string
	JWTSecret string
	Port      string
}

func Load() Config {
	return Config{
		DSN:       os.Getenv("DATABASE_DSN"),
		JWTSecret: "g1n-ctf-s1gning-k3y-0x41", // tfl-eval: hardcoded-credential
		Port:      os.Getenv("PORT"),
	}
}
