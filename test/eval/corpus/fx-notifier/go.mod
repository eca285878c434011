module github.com/acme/notifier

go 1.22

require (
	github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1
	github.com/gregdel/pushover v1.3.1
	github.com/kelseyhightower/envconfig v1.4.0
	go.uber.org/fx v1.22.1
)