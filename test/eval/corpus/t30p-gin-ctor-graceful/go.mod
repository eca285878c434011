module github.com/acme/quotas

go 1.22

require github.com/gin-gonic/gin v1.10.0
