package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	_ "github.com/jackc/pgx/v5/stdlib"
)

var db *sql.DB

// Customer tiers by id: a lookup table refreshed from the database.
var customerTiers = make(map[int]string) // tfl-eval-not: memory-session-store

// Profiles by the id a visitor asked for: the last one asked per id, kept in this process.
var profiles = make(map[string]string) // tfl-eval: memory-session-store

func refreshTiers(c *gin.Context) {
	var count int
	_ = db.QueryRow("SELECT count(*) FROM tiers").Scan(&count)
	rows, err := db.Query("SELECT id, label FROM tiers")
	if err != nil {
		c.Status(http.StatusServiceUnavailable)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		var label string
		_ = rows.Scan(&id, &label)
		customerTiers[id] = label
	}
	c.JSON(http.StatusOK, gin.H{"tiers": count})
}

func showProfile(c *gin.Context) {
	var bio string
	id := c.Param("id")
	if err := db.QueryRow("SELECT bio FROM profiles WHERE id = $1", id).Scan(&bio); err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	profiles[id] = bio
	c.String(http.StatusOK, bio)
}

func main() {
	db, _ = sql.Open("pgx", os.Getenv("DATABASE_URL"))
	r := gin.Default()
	r.POST("/tiers/refresh", refreshTiers)
	r.GET("/profiles/:id", showProfile)
	_ = r.Run() // tfl-eval: no-graceful-shutdown
}
