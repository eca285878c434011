package setting

import (
	"log"
	"os"

	"github.com/go-ini/ini"
)

type Server struct {
	HttpPort int
}

var ServerSetting = &Server{}

var DatabaseURL = getEnv("DATABASE_URL", "postgres://depot@pg:5432/depot?sslmode=disable") // tfl-eval-not: hardcoded-backing-service
var CacheURL = getEnv("CACHE_URL", "redis://cache:6379/0") // tfl-eval-not: hardcoded-backing-service

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func Setup() {
	cfg, err := ini.Load("conf/app.ini")
	if err != nil {
		log.Fatalf("setting.Setup: %v", err)
	}
	if err := cfg.Section("server").MapTo(ServerSetting); err != nil {
		log.Fatalf("setting.Setup: %v", err)
	}
}
