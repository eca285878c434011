module tapline

go 1.21

require github.com/gin-gonic/gin v1.9.1
