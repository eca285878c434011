package middleware

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// The cookie and header the token travels in; the signing key comes from the environment.
var jwtKey = "lm-jwt-key" // tfl-eval-not: hardcoded-credential
const tokenHeaderKey = "x-lm-access-token" // tfl-eval-not: hardcoded-credential

// A stub the app signs with as written: every deploy shares it.
var signingSecret = "lm_jwt_secret" // tfl-eval: hardcoded-credential

func SetToken(c *gin.Context, token string) {
	c.SetCookie(jwtKey, token, 3600, "/", "", true, true)
}

func Auth() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw, err := c.Cookie(jwtKey)
		if err != nil {
			raw = c.GetHeader(tokenHeaderKey)
		}
		_, err = jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return []byte(signingSecret), nil })
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func Logout(c *gin.Context) {
	http.SetCookie(c.Writer, &http.Cookie{Name: jwtKey, MaxAge: -1})
}
