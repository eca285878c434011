package config

import (
	"github.com/goravel/framework/facades"
)

func init() {
	config := facades.Config()
	config.Add("database", map[string]any{
		"default": config.Env("DB_CONNECTION", "mysql"),
		"connections": map[string]any{
			"mysql": map[string]any{
				"driver":   "mysql",
				"host":     config.Env("DB_HOST", "127.0.0.1"),
				"port":     config.Env("DB_PORT", 3306),
				"database": config.Env("DB_DATABASE", "goravel_blog"),
				"username": config.Env("DB_USERNAME", "blog"),
				"password": config.Env("DB_PASSWORD", "Bl0g-goravel#prod"), // tfl-eval: hardcoded-credential
				"charset":  "utf8mb4",
			},
		},
		"redis": map[string]any{
			"default": map[string]any{
				"host":     config.Env("REDIS_HOST", "127.0.0.1"),
				"password": config.Env("REDIS_PASSWORD", ""), // tfl-eval-not: hardcoded-credential
				"port":     config.Env("REDIS_PORT", 6379),
			},
		},
	})
}
