package main

import (
	"log"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/spf13/viper"
)

func main() {
	viper.SetConfigName("config." + os.Getenv("APP_ENV"))
	viper.AddConfigPath(".")
	viper.AutomaticEnv()
	if err := viper.ReadInConfig(); err != nil {
		log.Printf("no config file: %v", err)
	}

	if gin.IsDebugging() {
		os.Setenv("PARCELS_API_TOKEN", "debug-api-token") // tfl-eval-not: hardcoded-credential
	}
	if gin.Mode() == gin.DebugMode {
		viper.SetDefault("jwt.secret", "debug-jwt-secret") // tfl-eval-not: hardcoded-credential
	}
	if os.Getenv("APP_ENV") == "development" {
		os.Setenv("WEBHOOK_SECRET", "dev-webhook-secret") // tfl-eval-not: hardcoded-credential
	}

	r := gin.Default()
	r.GET("/healthz", func(c *gin.Context) { c.String(200, "ok") })
	if err := r.Run(":" + os.Getenv("PORT")); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}
