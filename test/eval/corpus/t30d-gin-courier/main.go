package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"github.com/spf13/viper"
)

func main() {
	viper.SetConfigFile("configs/default.yaml")
	_ = viper.ReadInConfig()
	viper.SetConfigFile("configs/" + os.Getenv("APP_ENV") + ".yaml")
	_ = viper.MergeInConfig()
	r := gin.Default()
	r.GET("/ping", func(c *gin.Context) { c.String(200, "pong") })
	_ = r.Run(":" + viper.GetString("server.port")) // tfl-eval: no-graceful-shutdown
}
