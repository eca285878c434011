package shipping

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

type CarrierClient struct {
	BaseURL    string
	APIKey     string
	APISecret  string
	HTTPClient *http.Client
}

// DHL is the production carrier account.
var DHL = CarrierClient{
	BaseURL:    "https://api-eu.dhl.com/parcel/de/shipping/v2",
	APIKey:     "BWWE8Acl5WBFsoZmxjPHWgAj", // tfl-eval: hardcoded-credential
	APISecret:  "T7HtBG5inRXI56Xkf3YaEmDd", // tfl-eval: hardcoded-credential
	HTTPClient: &http.Client{Timeout: 20 * time.Second},
}

func (c CarrierClient) CreateLabel(order map[string]any) (*http.Response, error) {
	body, _ := json.Marshal(order)
	req, err := http.NewRequest(http.MethodPost, c.BaseURL+"/orders", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("dhl-api-key", c.APIKey)
	req.SetBasicAuth("warehouse-bot", "Falcon$7247juniper") // tfl-eval: hardcoded-credential
	req.Header.Set("Content-Type", "application/json")
	return c.HTTPClient.Do(req)
}

func (c CarrierClient) Track(id string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, c.BaseURL+"/track/"+id, nil)
	req.Header.Set("Authorization", "Bearer rC3n6uKnALToq4t4a1FASssPqYkG6kU3MttMFnCt") // tfl-eval: hardcoded-credential
	return c.HTTPClient.Do(req)
}
