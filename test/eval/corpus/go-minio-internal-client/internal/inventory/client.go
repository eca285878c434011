package inventory

import (
	"net/http"
	"time"
)

const stockURL = "http://10.0.0.12:8080/api/stock" // tfl-eval: hardcoded-backing-service

const exchangeRatesURL = "https://api.frankfurter.app/latest" // tfl-eval-not: hardcoded-backing-service

var client = &http.Client{Timeout: 5 * time.Second}

func Stock() (*http.Response, error) {
	return client.Get(stockURL)
}

func Rates() (*http.Response, error) {
	return client.Get(exchangeRatesURL)
}
