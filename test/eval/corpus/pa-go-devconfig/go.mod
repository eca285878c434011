module github.com/harborline/parcels

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/spf13/viper v1.19.0
)
