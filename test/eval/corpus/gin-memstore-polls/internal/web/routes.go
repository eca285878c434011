package web

import (
	"database/sql"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

var choiceColours = map[string]string{"yes": "#2e7d32", "no": "#c62828", "maybe": "#f9a825"} // tfl-eval-not: memory-session-store

// Routes mounts the poll endpoints.
func Routes(r *gin.Engine, db *sql.DB) {
	r.POST("/polls/:id/vote", func(c *gin.Context) {
		s := sessions.Default(c)
		if s.Get("voted:"+c.Param("id")) != nil {
			c.JSON(http.StatusConflict, gin.H{"error": "already voted"})
			return
		}
		choice := c.PostForm("choice")
		if _, err := db.Exec("INSERT INTO votes (poll_id, choice) VALUES (?, ?)", c.Param("id"), choice); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		s.Set("voted:"+c.Param("id"), true)
		_ = s.Save()
		c.JSON(http.StatusCreated, gin.H{"colour": choiceColours[choice]})
	})
}
