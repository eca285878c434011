package auth

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/sessions"
)

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

var (
	refreshSecret = getEnv("REFRESH_SECRET", "qY8T8Y2P_ezc7a7O7u3bRNcuzjCj9Rwz") // tfl-eval: hardcoded-credential
	issuer        = getEnv("JWT_ISSUER", "desk")                              // tfl-eval-not: hardcoded-credential
	Store         = sessions.NewCookieStore([]byte("your-session-secret-key"))  // tfl-eval: hardcoded-credential
)

const kioskPIN = "318406" // tfl-eval: hardcoded-credential

func Sign(user string) (string, error) {
	claims := jwt.MapClaims{"sub": user, "iss": issuer, "exp": time.Now().Add(time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("your-jwt-secret-key")) // tfl-eval: hardcoded-credential
}

func Refresh(user string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: user}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(refreshSecret))
}

func UnlockKiosk(pin string) bool {
	return pin == kioskPIN
}
