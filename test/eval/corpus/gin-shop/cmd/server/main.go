package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"

	"example.com/gin-shop/internal/db"
	"example.com/gin-shop/internal/logging"
)

func main() {
	logger := logging.Setup()
	conn, err := db.Open()
	if err != nil {
		log.Fatal(err)
	}
	_ = conn

	r := gin.Default()
	store := memstore.NewStore([]byte(os.Getenv("SESSION_KEY"))) // tfl-eval: memory-session-store
	r.Use(sessions.Sessions("shop", store))
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	logger.Info("starting")
	if err := r.Run(":" + os.Getenv("PORT")); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}
