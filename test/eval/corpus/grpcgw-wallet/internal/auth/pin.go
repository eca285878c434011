package auth

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

const (
	pinLength       = 6
	maxPinAttempts  = 5
	pinCost         = 12
	headerAPIKey    = "X-Wallet-Api-Key" // tfl-eval-not: hardcoded-credential
	metadataToken   = "authorization"    // tfl-eval-not: hardcoded-credential
	errWrongPIN     = "wrong PIN"        // tfl-eval-not: hardcoded-credential
)

var ErrWeakPIN = errors.New("PIN must be 6 digits and not a sequence")

var weakPINs = map[string]bool{"000000": true, "123456": true, "654321": true, "111111": true} // tfl-eval-not: hardcoded-credential

func HashPIN(pin string) ([]byte, error) {
	if len(pin) != pinLength || weakPINs[pin] {
		return nil, ErrWeakPIN
	}
	return bcrypt.GenerateFromPassword([]byte(pin), pinCost)
}
