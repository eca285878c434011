package auth

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	"github.com/patrickmn/go-cache"
)

type Driver struct {
	ID    int64
	Plate string
}

// Signed-in drivers by session id.
var sessions = cache.New(2*time.Hour, 10*time.Minute) // tfl-eval: memory-session-store

// Login opens a session for the driver and sets its cookie.
func Login(c *gin.Context, d Driver) {
	sid := uuid.NewString()
	sessions.Set(sid, d, cache.DefaultExpiration)
	c.SetCookie("sid", sid, 7200, "/", "", true, true)
}

// Require rejects requests without a live session.
func Require(c *gin.Context) {
	sid, err := c.Cookie("sid")
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	d, ok := sessions.Get(sid)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Set("driver", d.(Driver))
	c.Next()
}
