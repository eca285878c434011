package config

import "os"

// ListenAddr is where the server listens: the platform's PORT.
func ListenAddr() string {
	return ":" + os.Getenv("PORT")
}
