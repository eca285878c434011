package billing

import (
	"net/http"
	"time"
)

type PayPalClient struct {
	ClientID     string
	ClientSecret string
	BaseURL      string
	HTTP         *http.Client
}

func NewPayPal() *PayPalClient {
	return &PayPalClient{
		ClientID:     "AZJRRdENyrBPWarUfsEfhZEdtZlT5vvbsi",
		ClientSecret: "E7dIMxA9ATACaZmrXUXSlqXbcMFjBKEA2w1FbNBYZ", // tfl-eval: hardcoded-credential
		BaseURL:      "https://api-m.paypal.com",
		HTTP:         &http.Client{Timeout: 10 * time.Second},
	}
}

func (c *PayPalClient) authHeader(req *http.Request) {
	req.SetBasicAuth(c.ClientID, c.ClientSecret)
	req.Header.Set("PayPal-Request-Id", "payments-api")
}
