package auth

import (
	"errors"
	"unicode"

	"golang.org/x/crypto/bcrypt"
)

const PasswordMinLength = 12

var ErrWeakPassword = errors.New("password must be at least 12 characters and contain a symbol")

// Seeded admin account; the hash is of a one-time password mailed to the first admin.
const bootstrapAdminHash = "$2a$12$Q9vR1tHn3Yp5Xk7Lm2Zc4O8wE6bN0aJdS4fG1hK3uI5oP7rT9yV1W" // tfl-eval-not: hardcoded-credential

func HashPassword(plain string) (string, error) {
	if len(plain) < PasswordMinLength || !hasSymbol(plain) {
		return "", ErrWeakPassword
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(plain), bcrypt.DefaultCost)
	return string(hash), err
}

func IsBootstrapAdmin(plain string) bool {
	return bcrypt.CompareHashAndPassword([]byte(bootstrapAdminHash), []byte(plain)) == nil
}

func hasSymbol(s string) bool {
	for _, r := range s {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return true
		}
	}
	return false
}
