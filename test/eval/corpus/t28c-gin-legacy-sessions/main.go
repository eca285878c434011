package main

import (
	"net/http"
	"net/smtp"
	"os"

	ginsessions "github.com/gin-gonic/contrib/sessions"
	"github.com/gin-gonic/gin"
)

func main() {
	router := gin.Default()
	store := ginsessions.NewCookieStore([]byte("secret")) // tfl-eval: hardcoded-credential
	router.Use(ginsessions.Sessions("board", store))
	router.GET("/", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	router.Run(":" + os.Getenv("PORT")) // tfl-eval: no-graceful-shutdown
}

func notify(body []byte) error {
	auth := smtp.PlainAuth("", "board.alerts@gmail.com", "Lq7vNz3Kx9Pw2Rt5", "smtp.gmail.com") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	return smtp.SendMail("smtp.gmail.com:587", auth, "board.alerts@gmail.com", []string{"ops@example.org"}, body) // tfl-eval: hardcoded-backing-service
}
