package config

import (
	"strings"

	"github.com/ilyakaznacheev/cleanenv"
	"github.com/kelseyhightower/envconfig"
	"github.com/spf13/viper"
)

// Database is read by cleanenv; the defaults apply when a variable is unset.
type Database struct {
	Host     string `env:"DB_HOST" env-default:"localhost"`
	Port     int    `env:"DB_PORT" env-default:"3306"`
	User     string `env:"DB_USER" env-default:"desk"`
	Password string `env:"DB_PASSWORD" env-default:"Tq4Wm8Zr2Kx6"` // tfl-eval: hardcoded-credential
	Name     string `env:"DB_NAME" env-default:"desk"`
}

// Auth is read by envconfig with the DESK_ prefix.
type Auth struct {
	JWTSecret     string `envconfig:"JWT_SECRET" default:"2bosBei9L6o1mR5StxAL9V4X98xq6QZv"` // tfl-eval: hardcoded-credential
	TokenTTL      string `envconfig:"TOKEN_TTL" default:"24h"`                               // tfl-eval-not: hardcoded-credential
	PublicKeyPath string `envconfig:"PUBLIC_KEY_PATH" default:"/etc/desk/jwt.pub"`           // tfl-eval-not: hardcoded-credential
	AdminPIN      string `envconfig:"ADMIN_PIN" default:"604917"`                            // tfl-eval: hardcoded-credential
	PINLength     int    `envconfig:"PIN_LENGTH" default:"6"`                                // tfl-eval-not: hardcoded-credential
}

func Load() (Database, Auth, error) {
	var db Database
	var auth Auth
	if err := cleanenv.ReadEnv(&db); err != nil {
		return db, auth, err
	}
	err := envconfig.Process("desk", &auth)
	return db, auth, err
}

func Viper() *viper.Viper {
	v := viper.New()
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	v.SetDefault("server.port", 8080)
	v.SetDefault("server.mode", "release")
	v.SetDefault("jwt.secret", "cd5456c78f62ab45e14d7df4f099f01e9a60c641a63f2fb952f2dcadd179590e") // tfl-eval: hardcoded-credential
	v.SetDefault("session.secret", "your-session-secret-key")                                     // tfl-eval: hardcoded-credential
	v.SetDefault("redis.password", "")                                                            // tfl-eval-not: hardcoded-credential
	v.SetDefault("redis.addr", "localhost:6379")                                                  // tfl-eval-not: hardcoded-credential
	return v
}
