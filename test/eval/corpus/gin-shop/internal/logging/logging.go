package logging

import (
	"io"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"
)

// Setup sends the access log and the app log to files under logs/.
func Setup() *logrus.Logger {
	log := logrus.New()
	file, err := os.OpenFile("logs/shop.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0666)
	if err == nil {
		log.SetOutput(file) // tfl-eval: file-logger
	}
	access, _ := os.Create("logs/gin.log")
	gin.DefaultWriter = io.MultiWriter(access, os.Stdout) // tfl-eval: file-logger
	return log
}
