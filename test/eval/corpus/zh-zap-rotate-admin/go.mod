module gitee.com/lingxi/admin-server

go 1.22

require (
	github.com/DeRuina/timberjack v1.3.1
	github.com/lestrrat-go/file-rotatelogs v2.4.0+incompatible
	go.uber.org/zap v1.27.0
)
