package config

import "github.com/goravel/framework/facades"

func init() {
	config := facades.Config()
	config.Add("app", map[string]any{
		"name":     config.Env("APP_NAME", "Goravel Blog"),
		"env":      config.Env("APP_ENV", "production"),
		"debug":    config.Env("APP_DEBUG", false),
		"timezone": "UTC",
		"key":      config.Env("APP_KEY", "Mh6ZYvMUnNo9VIexRrqGOqiWkUByNiT0"), // tfl-eval: hardcoded-credential
		"url":      config.Env("APP_URL", "https://blog.example.org"),
	})
}
