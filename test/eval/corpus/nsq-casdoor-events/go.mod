module github.com/acme/events

go 1.22

require (
	github.com/casdoor/casdoor-go-sdk v0.45.0
	github.com/nsqio/go-nsq v1.1.0
)