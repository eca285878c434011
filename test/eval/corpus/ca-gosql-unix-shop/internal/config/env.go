package config

import (
	"os"
	"strconv"
)

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func envInt(key string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return v
	}
	return def
}

type Config struct {
	Port          string
	JWTSecret     string
	SessionKey    string
	DBPassword    string
	AdminPIN      string
	PinLength     int
	MaxPinTries   int
	RedisAddr     string
	LogLevel      string
	CookieName    string
	AuthHeader    string
}

func Load() Config {
	return Config{
		Port:        getEnv("PORT", "8080"),                                  // tfl-eval-not: hardcoded-credential
		JWTSecret:   getEnv("JWT_SECRET", "yWt00Zil1CreKP7Jf1196849ff25"),    // tfl-eval: hardcoded-credential
		SessionKey:  envOr("SESSION_KEY", "02f5226f96c181396a3bb39315fcc678"), // tfl-eval: hardcoded-credential
		DBPassword:  envOr("DB_PASSWORD", "C9hWvs7WAJrHTiV4"),                // tfl-eval: hardcoded-credential
		AdminPIN:    getEnv("ADMIN_PIN", "730518"),                           // tfl-eval: hardcoded-credential
		PinLength:   envInt("PIN_LENGTH", 6),                                 // tfl-eval-not: hardcoded-credential
		MaxPinTries: envInt("MAX_PIN_ATTEMPTS", 3),                           // tfl-eval-not: hardcoded-credential
		RedisAddr:   getEnv("REDIS_ADDR", "localhost:6379"),                  // tfl-eval-not: hardcoded-credential
		LogLevel:    envOr("LOG_LEVEL", "info"),                              // tfl-eval-not: hardcoded-credential
		CookieName:  envOr("SESSION_COOKIE", "session_key"),                  // tfl-eval-not: hardcoded-credential
		AuthHeader:  getEnv("AUTH_SCHEME", "Bearer"),                         // tfl-eval-not: hardcoded-credential
	}
}

func RequireSecret() string {
	return os.Getenv("JWT_SECRET") // tfl-eval-not: hardcoded-credential
}
