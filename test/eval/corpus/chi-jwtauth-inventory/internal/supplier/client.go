package supplier

import (
	"context"
	"net/http"
	"strings"
)

const catalogURL = "https://edi.supplier.example/v3/catalog"

// Client pulls the supplier's catalogue; their EDI gateway only speaks basic auth.
type Client struct{ http *http.Client }

func (c *Client) FetchCatalog(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, catalogURL, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("stockroom-edi", "l!-BW++z2vWKqBBJnh") // tfl-eval: hardcoded-credential
	return c.http.Do(req)
}

func (c *Client) PushOrder(ctx context.Context, body string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, catalogURL+"/orders", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Partner-Token", "59d35787a67628732619c8ee92bab0786d404e49") // tfl-eval: hardcoded-credential
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}
