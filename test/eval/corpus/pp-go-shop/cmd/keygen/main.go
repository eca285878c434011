// keygen prints a fresh signing key for SESSION_KEY; run it once and store the output in the secret manager.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
)

func main() {
	signingKey := make([]byte, 32)
	if _, err := rand.Read(signingKey); err != nil { // tfl-eval-not: per-process-secret
		panic(err)
	}
	fmt.Println(base64.StdEncoding.EncodeToString(signingKey))
}
