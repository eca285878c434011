package partner

import (
	"net/http"
	"time"
)

type Client struct {
	baseURL   string
	apiKey    string
	username  string
	password  string
	userAgent string
	http      *http.Client
}

type Option func(*Client)

func WithAPIKey(key string) Option           { return func(c *Client) { c.apiKey = key } }
func WithBasicAuth(user, pass string) Option { return func(c *Client) { c.username, c.password = user, pass } }
func WithUserAgent(ua string) Option         { return func(c *Client) { c.userAgent = ua } }
func WithBaseURL(u string) Option            { return func(c *Client) { c.baseURL = u } }
func WithTimeout(d time.Duration) Option     { return func(c *Client) { c.http.Timeout = d } }

func New(opts ...Option) *Client {
	c := &Client{baseURL: "https://api.tallyco.example/v2", userAgent: "tallyco-go/2.3", http: &http.Client{Timeout: 10 * time.Second}}
	for _, opt := range opts {
		opt(c)
	}
	return c
}
