package utils

import (
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

// Sessions live in the shared Redis so every instance sees them.
var Store = session.New(session.Config{
	Storage: redis.New(redis.Config{
		Host:     "10.12.0.5", // tfl-eval: hardcoded-backing-service
		Port:     6379,
		Database: 2,
	}),
})
