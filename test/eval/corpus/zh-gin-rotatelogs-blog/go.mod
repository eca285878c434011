module github.com/xiaoyu/gin-blog

go 1.21

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/lestrrat-go/file-rotatelogs v2.4.0+incompatible
	github.com/sirupsen/logrus v1.9.3
)
