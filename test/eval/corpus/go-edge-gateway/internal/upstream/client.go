package upstream

import (
	"context"
	"net/http"

	"google.golang.org/grpc/metadata"
)

type Client struct {
	BaseURL  string
	Username string
	Password string
	http     *http.Client
}

func NewInventory() *Client {
	return &Client{
		BaseURL:  "https://inventory.edge.internal",
		Username: "gateway",
		Password: "Ztgvy90_sqqh", // tfl-eval: hardcoded-credential
		http:     http.DefaultClient,
	}
}

func WithPartnerKey(ctx context.Context) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "x-api-key", "sKFLxttwBxo3fAcIqC78pQGgm1N86L9p") // tfl-eval: hardcoded-credential
}

func (c *Client) WithPassword(password string) *Client {
	c.Password = password // tfl-eval-not: hardcoded-credential
	return c
}
