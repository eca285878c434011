module github.com/acme/ingest

go 1.22

require (
	github.com/sirupsen/logrus v1.9.3
	go.uber.org/zap v1.27.0
	gopkg.in/natefinch/lumberjack.v2 v2.2.1
)
