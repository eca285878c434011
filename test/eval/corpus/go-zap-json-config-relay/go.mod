module example.com/relay

go 1.22

require (
	go.uber.org/zap v1.27.0
	gopkg.in/yaml.v3 v3.0.1
)
