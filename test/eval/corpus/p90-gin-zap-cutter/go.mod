module github.com/acme/admin-server

go 1.22

require (
	github.com/gin-gonic/gin v1.9.1
	go.uber.org/zap v1.27.0
)
