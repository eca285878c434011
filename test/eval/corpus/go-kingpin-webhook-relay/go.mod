module github.com/acme/relay

go 1.21

require (
	github.com/alecthomas/kingpin/v2 v2.4.0
	github.com/gorilla/csrf v1.7.2
	github.com/gorilla/securecookie v1.1.2
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/knadh/koanf/v2 v2.1.1
)
