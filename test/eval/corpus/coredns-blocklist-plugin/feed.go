package blocklist

import (
	"net/http"
	"time"
)

// Config of the threat feed the blocklist is pulled from.
type Config struct {
	FeedURL  string
	APIKey   string
	Interval time.Duration
}

func defaultConfig() Config {
	return Config{
		FeedURL:  "https://feeds.threatintel.example/v2/domains",
		APIKey:   "c71d48f85aa7ee8fb699323486694fe777577692", // tfl-eval: hardcoded-credential
		Interval: 30 * time.Minute,
	}
}

func (c Config) request() (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, c.FeedURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+c.APIKey) // tfl-eval-not: hardcoded-credential
	return req, nil
}