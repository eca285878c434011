package telemetry

import (
	"github.com/getsentry/sentry-go"
	"github.com/newrelic/go-agent/v3/newrelic"
)

// APM starts the New Relic agent.
func APM() (*newrelic.Application, error) {
	return newrelic.NewApplication(
		newrelic.ConfigAppName("flags-worker"),
		newrelic.ConfigLicense("b8f1af700fed504a03e9a1579b95fced37f8NRAL"), // tfl-eval: hardcoded-credential
		newrelic.ConfigDistributedTracerEnabled(true),
	)
}

// Errors reports panics to Sentry; the DSN is public by design (it only accepts events).
func Errors() error {
	return sentry.Init(sentry.ClientOptions{
		Dsn:              "https://bf3ab4d787425c7c221faac2f3121f08@o450123.ingest.sentry.io/5512345", // tfl-eval-not: hardcoded-credential
		TracesSampleRate: 0.2,
	})
}
