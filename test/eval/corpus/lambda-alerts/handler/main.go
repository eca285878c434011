package main

import (
	"bytes"
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
)

var (
	pagerDutyRoutingKey = "de132e8c5c7a93d387fb178600592a29" // tfl-eval: hardcoded-credential
	opsgenieAPIKey      = "2a29754a5963afea-697c134afbcf4433" // tfl-eval: hardcoded-credential
	httpClient          = &http.Client{}
)

type Alarm struct {
	Name  string `json:"AlarmName"`
	State string `json:"NewStateValue"`
}

func handle(ctx context.Context, alarm Alarm) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.opsgenie.com/v2/alerts", bytes.NewBufferString(alarm.Name))
	req.Header = http.Header{
		"Authorization": {"GenieKey " + opsgenieAPIKey},
		"Content-Type":  {"application/json"},
	}
	_, err := httpClient.Do(req)
	return err
}

func main() {
	lambda.Start(handle)
}
