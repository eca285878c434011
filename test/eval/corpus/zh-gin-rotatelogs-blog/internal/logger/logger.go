package logger

import (
	"os"
	"path"
	"time"

	rotatelogs "github.com/lestrrat-go/file-rotatelogs"
	"github.com/sirupsen/logrus"
)

// Log 全局日志
var Log = logrus.New()

// Init 初始化日志：按小时切割，保留七天
func Init(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	writer, err := rotatelogs.New( // tfl-eval: file-logger
		path.Join(dir, "blog.%Y%m%d%H.log"),
		rotatelogs.WithLinkName(path.Join(dir, "blog.log")),
		rotatelogs.WithMaxAge(7*24*time.Hour),
		rotatelogs.WithRotationTime(time.Hour),
	)
	if err != nil {
		return err
	}
	Log.SetOutput(writer)
	Log.SetFormatter(&logrus.JSONFormatter{TimestampFormat: "2006-01-02 15:04:05"})
	return nil
}

// Console 开发环境输出到终端
func Console() {
	Log.SetOutput(os.Stdout) // tfl-eval-not: file-logger
}
