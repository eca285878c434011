package config

import (
	"os"
	"time"

	"github.com/spf13/viper"
)

type Config struct {
	DatabaseDSN   string
	RedisAddr     string
	RedisPassword string
	JWTSecret     string
	TokenTTL      time.Duration
}

const (
	EnvDatabasePassword = "BILLING_DB_PASSWORD" // tfl-eval-not: hardcoded-credential
	passwordKey         = "database.password"   // tfl-eval-not: hardcoded-credential
)

func Defaults() {
	viper.SetDefault("server.port", 8080)
	viper.SetDefault("database.user", "billing")
	viper.SetDefault("database.password", "Ezqwp58%518W") // tfl-eval: hardcoded-credential
	viper.SetDefault("stripe.secret_key", "sk_live_jmlSyBhlVKx2OLNhUdplJYOE") // tfl-eval: hardcoded-credential
	viper.SetDefault("jwt.secret", os.Getenv("JWT_SECRET")) // tfl-eval-not: hardcoded-credential
}

var Production = Config{
	DatabaseDSN:   "host=pg.billing.internal user=billing password=Ewexr62#ARXZ dbname=billing sslmode=require", // tfl-eval: hardcoded-credential, hardcoded-backing-service
	RedisAddr:     "redis.billing.internal:6379", // tfl-eval: hardcoded-backing-service
	RedisPassword: "uyVx9JosALJDjYd1U1bFKEae", // tfl-eval: hardcoded-credential
	JWTSecret:     "deba7cd1d776a9241128403cf685e068dddfd8dfa5fe9c8d3cfa12f0a2a1f6d3", // tfl-eval: hardcoded-credential
	TokenTTL:      15 * time.Minute,
}

func Load() Config {
	return Config{
		DatabaseDSN:   viper.GetString("database.dsn"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"), // tfl-eval-not: hardcoded-credential
		JWTSecret:     viper.GetString("jwt.secret"), // tfl-eval-not: hardcoded-credential
	}
}
