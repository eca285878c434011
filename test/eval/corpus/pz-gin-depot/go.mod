module github.com/acme/depot

go 1.21

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/go-ini/ini v1.67.0
	github.com/gorilla/websocket v1.5.3
)
