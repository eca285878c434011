package upstream

import (
	"context"
	"net/http"

	"github.com/redis/go-redis/v9"

	"github.com/hookfleet/relay/internal/client"
)

type Order struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Base struct {
	Token   string
	Timeout int
}

type ShopConfig struct {
	Base
	Store string
}

const (
	webhookSecret  = "whsec_Ztxm593rhne6Lml9U0OYd71eB2LSSaWj" // tfl-eval: hardcoded-credential
	secretHeader   = "X-Shop-Hmac-Sha256" // tfl-eval-not: hardcoded-credential
	defaultTimeout = 15
)

var shop = ShopConfig{Base: Base{Token: "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", Timeout: defaultTimeout}, Store: "hookfleet-demo"} // tfl-eval: hardcoded-credential

var orders = client.New[Order](client.Options{BaseURL: "https://api.orderdesk.example/v2", APIKey: "yOSf0dlT8K4tTE447st77OoUjPy1xQb32oKM"}) // tfl-eval: hardcoded-credential

var cache = redis.NewClient(&redis.Options{Addr: "localhost:6379", Password: ""}) // tfl-eval: hardcoded-backing-service

func Fetch(ctx context.Context, id string) (Order, error) {
	return orders.Get(ctx, "/orders/"+id)
}

func Forward(req *http.Request) {
	req.Header = http.Header{
		"Authorization": {"Bearer TKdf8C8gQ2w3AzqDkzo4dJtZGbUgQWdudsDVB9EA"}, // tfl-eval: hardcoded-credential
		"Content-Type":  {"application/json"},
	}
	req.Header.Set(secretHeader, webhookSecret)
	_ = shop
	_ = cache
}
