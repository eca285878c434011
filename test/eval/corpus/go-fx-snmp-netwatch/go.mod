module github.com/northmesh/netwatch

go 1.22

require (
	github.com/gosnmp/gosnmp v1.37.0
	github.com/spf13/viper v1.18.2
	go.uber.org/fx v1.21.0
	gopkg.in/yaml.v3 v3.0.1
)
