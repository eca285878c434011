package main

import (
	"log"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"

	"example.com/payments/internal/config"
)

func main() {
	cfg := config.Load()
	r := gin.New()
	store := cookie.NewStore([]byte("3ea249dda1442ab98d13152e9cdf4e36")) // tfl-eval: hardcoded-credential
	r.Use(sessions.Sessions("payments", store))
	admin := r.Group("/admin", gin.BasicAuth(gin.Accounts{"ops": "Marb1e*115ny"})) // tfl-eval: hardcoded-credential
	admin.GET("/health", func(c *gin.Context) { c.String(200, "ok") })
	if err := r.Run(cfg.Addr); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}
