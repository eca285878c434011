package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
)

// skuKey encrypts supplier SKUs at rest (AES-256).
var skuKey = []byte("yNTeCpAiKTNu218axsfYkigV8n2BrWsH") // tfl-eval: hardcoded-credential

// Seal encrypts one SKU.
func Seal(plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(skuKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, nil), nil
}
