module git.infra.example/platform/deployer

go 1.21

require (
	github.com/alecthomas/kong v0.9.0
	github.com/peterbourgon/ff/v3 v3.4.0
	github.com/spf13/pflag v1.0.5
)
