package config

import (
	"strings"

	"github.com/knadh/koanf/providers/confmap"
	"github.com/knadh/koanf/providers/env"
	"github.com/knadh/koanf/v2"
)

var K = koanf.New(".")

// Load layers the defaults, then INGEST_* environment variables over them.
func Load() error {
	if err := K.Load(confmap.Provider(map[string]interface{}{
		"http.addr":           ":8080",
		"kafka.brokers":       "kafka:9092",
		"kafka.sasl.user":     "ingest",
		"kafka.sasl.password": "8GSVlw3_RKNXFFUC9vR!", // tfl-eval: hardcoded-credential
		"clickhouse.user":     "ingest",
		"clickhouse.password": "", // tfl-eval-not: hardcoded-credential
		"geoip.license_key":   "sGUqN5sBsDWBVCv9_mmk", // tfl-eval: hardcoded-credential
	}, "."), nil); err != nil {
		return err
	}
	return K.Load(env.Provider("INGEST_", ".", func(s string) string {
		return strings.ReplaceAll(strings.ToLower(strings.TrimPrefix(s, "INGEST_")), "_", ".")
	}), nil)
}
