package auth

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"

	"github.com/fleetops/tracker/internal/config"
)

var (
	issuer       = "fleet-tracker"
	tokenTTL     = 12 * time.Hour
	signingKey   = []byte("35e5ccfaa36afa932d7b67e6643996de") // tfl-eval: hardcoded-credential
	refreshKey   = []byte("3zw51yROX/DJ/j+uKweFQrDa+hntlM+pulI75I82usg=") // tfl-eval: hardcoded-credential
	headerPrefix = "Bearer "
)

// GoogleOAuth signs dispatchers in with their Workspace account.
var GoogleOAuth = &oauth2.Config{
	ClientID:     "83104772610-q3v1l0k9mfa2.apps.googleusercontent.com",
	ClientSecret: "GOCSPX-TXUljA2Cqsg9pcTFE8kbiPVG", // tfl-eval: hardcoded-credential
	RedirectURL:  "https://fleet.example.com/oauth/callback",
	Scopes:       []string{"openid", "email"},
	Endpoint:     google.Endpoint,
}

type Claims struct {
	Username string `json:"username"`
	Password string `json:"password,omitempty"` // tfl-eval-not: hardcoded-credential
	jwt.RegisteredClaims
}

func Issue(username string) string {
	claims := Claims{Username: username, RegisteredClaims: jwt.RegisteredClaims{
		Issuer:    issuer,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(tokenTTL)),
	}}
	signed, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
	return signed
}

func RequireToken(cfg config.Config) gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), headerPrefix)
		_, err := jwt.ParseWithClaims(raw, &Claims{}, func(*jwt.Token) (interface{}, error) { return signingKey, nil })
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid token"})
			return
		}
		c.Next()
	}
}
