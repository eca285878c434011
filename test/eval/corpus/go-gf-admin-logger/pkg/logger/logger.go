package logger

import (
	"github.com/gogf/gf/v2/os/glog"
)

var Log *glog.Logger

// Setup writes the admin's logs to daily files under /var/log/gf-admin.
func Setup(level string) {
	l := glog.New()
	if err := l.SetPath("/var/log/gf-admin"); err != nil { // tfl-eval: file-logger
		panic(err)
	}
	l.SetFile("admin-{Ymd}.log")
	l.SetStdoutPrint(false)
	_ = l.SetLevelStr(level)
	Log = l
}

// Console is the logger the CLI sub-commands use: stdout only.
func Console() *glog.Logger {
	l := glog.New()
	l.SetStdoutPrint(true) // tfl-eval-not: file-logger
	return l
}
