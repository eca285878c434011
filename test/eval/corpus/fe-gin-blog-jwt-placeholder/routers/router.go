package routers

import (
	"github.com/gin-gonic/gin"

	"github.com/lintang/gin-blog/pkg/setting"
)

func InitRouter() *gin.Engine {
	gin.SetMode(setting.RunMode)
	return gin.New()
}
