module github.com/acme/flags-worker

go 1.22

require (
	github.com/getsentry/sentry-go v0.27.0
	github.com/launchdarkly/go-server-sdk/v7 v7.4.0
	github.com/newrelic/go-agent/v3 v3.32.0
	go.temporal.io/sdk v1.26.1
)
