//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"net/http"
)

func main() {
	for i := 0; i < 1000; i++ {
		body := bytes.NewBufferString(fmt.Sprintf(`{"to_wallet_id":"w2","amount_minor":100,"pin":"583920","idempotency_key":"lt-%d"}`, i))
		_, _ = http.Post("http://localhost:8080/v1/wallets/w1/transfers", "application/json", body)
	}
}
