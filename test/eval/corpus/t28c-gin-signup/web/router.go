package web

import (
	"os"

	"github.com/gin-gonic/contrib/sessions"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	r := gin.Default()
	store := sessions.NewCookieStore([]byte("wt8KfebaDrZ0_2yFcB6yhw")) // tfl-eval: hardcoded-credential
	r.Use(sessions.Sessions("signup", store))
	return r
}

func AdminRouter() *gin.Engine {
	r := gin.Default()
	store := sessions.NewCookieStore([]byte(os.Getenv("ADMIN_SESSION_KEY"))) // tfl-eval-not: hardcoded-credential
	r.Use(sessions.Sessions("admin", store))
	return r
}
