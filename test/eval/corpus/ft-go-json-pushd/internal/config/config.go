package config

import (
	"encoding/json"
	"os"
)

type Config struct {
	Server struct {
		Addr string `json:"addr"`
	} `json:"server"`
	Mysql struct {
		Addr     string `json:"addr"`
		Database string `json:"database"`
		User     string `json:"user"`
	} `json:"mysql"`
	Redis struct {
		Addr string `json:"addr"`
		DB   int    `json:"db"`
	} `json:"redis"`
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg Config
	return &cfg, json.Unmarshal(raw, &cfg)
}
