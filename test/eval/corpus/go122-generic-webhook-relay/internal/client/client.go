package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// Options configures a typed API client.
type Options struct {
	BaseURL string
	APIKey  string
}

type Client[T any] struct {
	opts Options
	http *http.Client
}

func New[T any](opts Options) *Client[T] {
	return &Client[T]{opts: opts, http: http.DefaultClient}
}

func (c *Client[T]) Get(ctx context.Context, path string) (T, error) {
	var out T
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.opts.BaseURL+path, nil)
	req.Header = http.Header{
		"X-Api-Key": {c.opts.APIKey}, // tfl-eval-not: hardcoded-credential
		"Accept":    {"application/json"},
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

func BasicURL(host string) *url.URL {
	return &url.URL{Scheme: "https", Host: host, User: url.UserPassword("relay", "dLobC%ULYX_s1KCLKx")} // tfl-eval: hardcoded-credential
}
