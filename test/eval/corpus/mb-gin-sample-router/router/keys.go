package router

import "os"

func sessionKey() string { return os.Getenv("SESSION_KEY") }
