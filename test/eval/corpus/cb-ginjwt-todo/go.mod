module todo-api

go 1.20

require (
	github.com/appleboy/gin-jwt/v2 v2.9.1
	github.com/gin-gonic/gin v1.9.1
)
