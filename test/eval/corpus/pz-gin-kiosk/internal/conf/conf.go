package conf

import (
	"os"
	"strconv"
)

type Config struct {
	Name string
	Port int
}

func Load() *Config {
	port, err := strconv.Atoi(os.Getenv("PORT"))
	if err != nil {
		port = 8080
	}
	return &Config{Name: os.Getenv("KIOSK_NAME"), Port: port}
}
