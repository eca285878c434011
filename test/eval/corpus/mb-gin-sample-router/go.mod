module github.com/acme/sample-router

go 1.22

require github.com/gin-gonic/gin v1.9.1
