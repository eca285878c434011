package handlers

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/acme/timesheets/internal/auth"
	"github.com/acme/timesheets/internal/config"
	"github.com/acme/timesheets/internal/store"
)

func Router(db *store.DB, cfg config.Config, logger *slog.Logger) http.Handler {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery())
	signer := auth.NewSigner(cfg.JWTSecret, 0)

	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	api := r.Group("/api", requireToken(signer))
	api.POST("/entries", addEntry(db, logger))
	return r
}

func requireToken(signer *auth.Signer) gin.HandlerFunc {
	return func(c *gin.Context) {
		userID, err := signer.Parse(c.GetHeader("Authorization"))
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": err.Error()})
			return
		}
		c.Set("userID", userID)
	}
}

type entryRequest struct {
	Project string `json:"project" binding:"required"`
	Minutes int    `json:"minutes" binding:"required,min=1"`
	Day     string `json:"day" binding:"required"`
}

func addEntry(db *store.DB, logger *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		var req entryRequest
		if err := c.ShouldBindJSON(&req); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid entry"})
			return
		}
		id, err := db.AddEntry(c, c.GetString("userID"), req.Project, req.Minutes, req.Day)
		if err != nil {
			logger.Error("add entry", "err", err)
			c.Status(http.StatusInternalServerError)
			return
		}
		c.JSON(http.StatusCreated, gin.H{"id": id})
	}
}
