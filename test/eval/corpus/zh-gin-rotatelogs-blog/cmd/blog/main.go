package main

import (
	"os"

	"github.com/gin-gonic/gin"

	"github.com/xiaoyu/gin-blog/internal/logger"
)

func main() {
	if os.Getenv("GIN_MODE") == "debug" {
		logger.Console()
	} else if err := logger.Init(os.Getenv("LOG_DIR")); err != nil {
		panic(err)
	}
	r := gin.New()
	r.GET("/ping", func(c *gin.Context) { c.String(200, "pong") })
	_ = r.Run(":" + os.Getenv("PORT")) // tfl-eval: no-graceful-shutdown
}
