package server

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Config struct {
	Addr    string
	Release bool
}

// New builds the HTTP engine with the ledger's routes.
func New(cfg Config) *gin.Engine {
	if cfg.Release {
		gin.SetMode(gin.ReleaseMode)
	}
	r := gin.New()
	r.Use(gin.Recovery())
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	return r
}
