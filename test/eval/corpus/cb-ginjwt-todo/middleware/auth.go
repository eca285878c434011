package middleware

import (
	"os"
	"time"

	jwt "github.com/appleboy/gin-jwt/v2"
	"github.com/gin-gonic/gin"

	"todo-api/config"
)

const signingKey = "signing key" // tfl-eval: hardcoded-credential

func AuthMiddleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:       config.RealmName,
		Key:         []byte(config.JWTKey),
		Timeout:     time.Hour,
		MaxRefresh:  time.Hour,
		IdentityKey: config.IdentityKey,
		PayloadFunc: func(data interface{}) jwt.MapClaims { return jwt.MapClaims{} },
		Unauthorized: func(c *gin.Context, code int, message string) {
			c.JSON(code, gin.H{"code": code, "message": message})
		},
	})
}

func AdminMiddleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "admin zone",
		Key:   []byte(signingKey),
	})
}

func RefreshMiddleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "refresh zone",
		Key:   []byte(os.Getenv("JWT_SECRET")), // tfl-eval-not: hardcoded-credential
	})
}
