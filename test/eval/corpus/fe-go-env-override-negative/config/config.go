package config

import "os"

var JWTKey = "notes-dev-jwt-key" // tfl-eval: hardcoded-credential (a default the env may replace: still the key of every deploy that sets none)

func init() {
	if v := os.Getenv("JWT_KEY"); v != "" {
		JWTKey = v
	}
}
