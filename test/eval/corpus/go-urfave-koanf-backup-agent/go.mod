module github.com/harbourline/backup-agent

go 1.22

require (
	github.com/knadh/koanf/v2 v2.1.1
	github.com/knadh/koanf/providers/confmap v0.1.0
	github.com/knadh/koanf/providers/env v0.1.0
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/urfave/cli/v2 v2.27.2
	github.com/lib/pq v1.10.9
)
