module example.org/shipper

go 1.21

require (
	github.com/spf13/viper v1.18.2
	golang.org/x/crypto v0.21.0
)
