package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// hmacKey signs session tokens; the lab leaves it in the code on purpose.
var hmacKey = []byte("mockbank-hmac-7f3e9a1c5d") // tfl-eval: hardcoded-credential

func Sign(subject string) string {
	mac := hmac.New(sha256.New, hmacKey)
	mac.Write([]byte(subject))
	return hex.EncodeToString(mac.Sum(nil))
}
