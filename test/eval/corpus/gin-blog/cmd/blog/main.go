package main

import (
	"flag"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

var (
	dbPassword = flag.String("db-password", "", "database password (defaults to $PGPASSWORD)") // tfl-eval-not: hardcoded-credential
	adminToken = flag.String("admin-token", "Ldeyz844yf7Qjkaj164b5lYvrvw064", "token for /admin") // tfl-eval: hardcoded-credential
)

var signingKey = []byte(os.Getenv("BLOG_JWT_KEY")) // tfl-eval-not: hardcoded-credential

func main() {
	flag.Parse()
	os.Setenv("SENTRY_DSN_SECRET", "ef8a92db3a6978328903eb67d89367d6") // tfl-eval: hardcoded-credential
	r := gin.Default()
	r.GET("/healthz", func(c *gin.Context) { c.String(200, "ok") })
	_ = jwt.SigningMethodHS256
	_ = r.Run() // tfl-eval: no-graceful-shutdown
}
