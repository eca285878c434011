package logging

import (
	"log"
	"os"
	"time"

	"github.com/acme/depot/pkg/fileutil"
)

var (
	LogFile *os.File
	logger  *log.Logger
)

func Setup() {
	var err error
	LogFile, err = fileutil.OpenLog("runtime/logs", "depot-"+time.Now().Format("20060102")+".log")
	if err != nil {
		log.Fatalf("logging.Setup: %v", err)
	}
	logger = log.New(LogFile, "[depot] ", log.LstdFlags) // tfl-eval: file-logger
}

func Info(v ...interface{}) { logger.Println(v...) }
