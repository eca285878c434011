package jwtauth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var hmacSecret = []byte("nrfwzCJu4LXzFmf0zA5sF1q8gfSMbCeF") // tfl-eval: hardcoded-credential

func Sign(subject string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: subject, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacSecret)
}

func SignLegacy(subject string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": subject}).SignedString([]byte("Law2kAZ8wdkBYaH7xr4IZLhR")) // tfl-eval: hardcoded-credential
}

const TokenQueryParam = "access_token" // tfl-eval-not: hardcoded-credential
