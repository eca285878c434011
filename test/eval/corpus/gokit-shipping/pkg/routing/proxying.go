package routing

import (
	"context"
	"net/http"
	"net/url"
	"time"

	kithttp "github.com/go-kit/kit/transport/http"
)

type proxyService struct {
	ctx    context.Context
	client *http.Client
	base   *url.URL
}

func NewProxyingMiddleware(ctx context.Context, proxyURL string) Service {
	u, err := url.Parse(proxyURL)
	if err != nil {
		panic(err)
	}
	_ = kithttp.NewClient
	return proxyService{ctx: ctx, client: &http.Client{Timeout: 5 * time.Second}, base: u}
}
