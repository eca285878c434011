package main

import (
	"bytes"
	"net/http"
)

const (
	telemetryURL       = "https://telemetry.acme.example/v1/events"
	telemetryWriteKey  = "C7sonaucQu7S7aVmJ9iGVc96O9k2dYz7" // tfl-eval: hardcoded-credential
	telemetryHeaderKey = "X-Write-Key" // tfl-eval-not: hardcoded-credential
)

func sendEvent(body []byte) error {
	req, err := http.NewRequest(http.MethodPost, telemetryURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set(telemetryHeaderKey, telemetryWriteKey)
	_, err = http.DefaultClient.Do(req)
	return err
}