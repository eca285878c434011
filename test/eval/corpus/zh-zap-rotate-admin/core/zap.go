package core

import (
	"os"
	"time"

	"github.com/DeRuina/timberjack"
	rotatelogs "github.com/lestrrat-go/file-rotatelogs"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// GetWriteSyncer 按天切割的日志文件
func GetWriteSyncer(level string) (zapcore.WriteSyncer, error) {
	fileWriter, err := rotatelogs.New( // tfl-eval: file-logger
		"./log/%Y-%m-%d/"+level+".log",
		rotatelogs.WithClock(rotatelogs.Local),
		rotatelogs.WithMaxAge(30*24*time.Hour),
		rotatelogs.WithRotationTime(24*time.Hour),
	)
	if os.Getenv("LOG_IN_CONSOLE") == "true" {
		return zapcore.NewMultiWriteSyncer(zapcore.AddSync(os.Stdout), zapcore.AddSync(fileWriter)), err
	}
	return zapcore.AddSync(fileWriter), err
}

// AuditSyncer 审计日志（按大小切割）
func AuditSyncer() zapcore.WriteSyncer {
	return zapcore.AddSync(&timberjack.Logger{ // tfl-eval: file-logger
		Filename:   "./log/audit.log",
		MaxSize:    100,
		MaxBackups: 10,
	})
}

// Console 只输出到标准输出
func Console() *zap.Logger {
	return zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(os.Stdout), zap.InfoLevel)) // tfl-eval-not: file-logger
}
