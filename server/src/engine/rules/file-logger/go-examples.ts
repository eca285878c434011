// Go examples: valid ones must stay silent, invalid ones report exactly the marked ranges.
import type { Examples, InvalidExample, ValidExample } from '../../rule';

const invalid: InvalidExample[] = [
  {
    name: "go-gin-example's logging package: a package-level *os.File the project's own helper opens, handed to log.New (probe25)",
    path: 'pkg/logging/log.go',
    code: 'package logging\n\nimport (\n\t"log"\n\t"os"\n\n\t"example.com/shop/pkg/file"\n)\n\nvar (\n\tF      *os.File\n\tlogger *log.Logger\n)\n\nfunc Setup() {\n\tvar err error\n\tF, err = file.MustOpen("app.log", "runtime/logs/")\n\tif err != nil {\n\t\tlog.Fatalf("logging.Setup err: %v", err)\n\t}\n\tlogger = ⟦log.New(F, "", log.LstdFlags)⟧\n}\n',
    messageIncludes: ['file.MustOpen'],
  },
  {
    name: "a writer type whose Write opens <dir>/<day>/<level>.log (gin-vue-admin's Cutter, handed to zapcore.AddSync in another file)",
    path: 'core/internal/cutter.go',
    code: 'package internal\n\nimport (\n\t"os"\n\t"path/filepath"\n\t"time"\n)\n\ntype Cutter struct {\n\tdirector string\n\tlevel    string\n}\n\nfunc (c *Cutter) Write(p []byte) (int, error) {\n\tname := filepath.Join(c.director, time.Now().Format(time.DateOnly), c.level+".log")\n\tf, err := ⟦os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)⟧\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer f.Close()\n\treturn f.Write(p)\n}\n',
    messageIncludes: ['writer type Cutter'],
  },
  {
    name: 'zap OutputPaths with two files: one logger, one finding, the second related, no fix for one of two',
    path: 'internal/logging/logger.go',
    code: 'package logging\n\nimport "go.uber.org/zap"\n\nfunc New() (*zap.Logger, error) {\n\tcfg := zap.NewProductionConfig()\n\tcfg.OutputPaths = []string{⟦"/var/log/ledger/ledger.log"⟧, ⟪"/var/log/ledger/audit.log"⟫}\n\treturn cfg.Build()\n}\n',
    messageIncludes: ['and 1 more file of the same logger'],
  },
  {
    name: "GoFrame's glog: SetPath names the folder of its daily log files",
    path: 'pkg/logger/logger.go',
    code: 'package logger\n\nimport "github.com/gogf/gf/v2/os/glog"\n\nfunc Setup() *glog.Logger {\n\tl := glog.New()\n\t_ = ⟦l.SetPath("/var/log/app")⟧\n\tl.SetFile("app-{Ymd}.log")\n\tl.SetStdoutPrint(false)\n\treturn l\n}\n',
    messageIncludes: ["GoFrame's logger"],
  },
  {
    name: "go-kit's logfmt and JSON loggers and hclog's LoggerOptions on a file (through NewSyncWriter too)",
    path: 'cmd/ledger/main.go',
    code: `package main

import (
\t"os"

\tkitlog "github.com/go-kit/log"
\t"github.com/hashicorp/go-hclog"
)

func main() {
\tf, _ := os.OpenFile("/var/log/ledger/audit.log", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
\taudit := ⟦kitlog.NewLogfmtLogger(kitlog.NewSyncWriter(f))⟧
\tevents := ⟦kitlog.NewJSONLogger(f)⟧
\tplugins := hclog.New(&hclog.LoggerOptions{Name: "plugins", ⟦Output: f⟧})
\t_, _, _ = audit, events, plugins
}
`,
  },
  {
    name: "beego's file and multifile log adapters (v2 constants, v1 strings, a logger of its own)",
    path: 'main.go',
    code: `package main

import (
\t"github.com/beego/beego/v2/core/logs"
)

func init() {
\t⟦logs.SetLogger(logs.AdapterFile, \`{"filename":"logs/bookings.log","daily":true}\`)⟧
\taudit := logs.NewLogger(10000)
\t⟦audit.SetLogger("multifile", \`{"filename":"logs/audit.log"}\`)⟧
}
`,
    messageIncludes: ["beego's", 'log adapter writes the log to files on the local disk'],
  },
  {
    name: "echo's and fiber's request loggers with Output on a file",
    path: 'main.go',
    code: `package main

import (
\t"os"

\t"github.com/gofiber/fiber/v2"
\t"github.com/gofiber/fiber/v2/middleware/logger"
\t"github.com/labstack/echo/v4"
\t"github.com/labstack/echo/v4/middleware"
)

func main() {
\tf, _ := os.OpenFile("access.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
\te := echo.New()
\te.Use(middleware.LoggerWithConfig(middleware.LoggerConfig{⟦Output: f⟧}))
\tapp := fiber.New()
\tapp.Use(logger.New(logger.Config{Format: "\${status} \${path}\\n", ⟦Output: f⟧}))
}
`,
    messageIncludes: ['Factor XI', "request logger's Output", 'os.OpenFile'],
  },
  {
    name: "gin's access and error writers, and LoggerWithWriter, on files",
    path: 'internal/server/logging.go',
    code: `package server

import (
\t"io"
\t"os"

\t"github.com/gin-gonic/gin"
)

func Setup(r *gin.Engine) {
\taccess, _ := os.Create("logs/gin.log")
\t⟦gin.DefaultWriter = io.MultiWriter(access, os.Stdout)⟧
\terrs, _ := os.OpenFile("logs/gin-error.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
\t⟦gin.DefaultErrorWriter = errs⟧
\tr.Use(⟦gin.LoggerWithWriter(access)⟧)
}
`,
    messageIncludes: ['Factor XI', 'gin.', 'os.'],
  },
  {
    name: 'log.SetOutput to a file opened in the same function',
    path: 'main.go',
    code: `package main

import (
\t"log"
\t"os"
)

func main() {
\tf, err := os.OpenFile("app.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tdefer f.Close()
\t⟦log.SetOutput(f)⟧
}
`,
    messageIncludes: ['Factor XI', 'log.SetOutput', 'os.OpenFile', 'stdout'],
  },
  {
    name: 'a package-level *os.File set in init, teed with io.MultiWriter',
    path: 'internal/logging/logging.go',
    code: `package logging

import (
\t"io"
\t"log"
\t"os"
)

var logFile *os.File

func init() {
\tlogFile, _ = os.Create("/var/log/api.log")
\t⟦log.SetOutput(io.MultiWriter(os.Stdout, logFile))⟧
}
`,
  },
  {
    name: 'logrus, as the package and as a logger',
    path: 'logger.go',
    code: `package logger

import (
\t"os"

\tlog "github.com/sirupsen/logrus"
)

func Setup() *log.Logger {
\tfile, _ := os.OpenFile("logs/app.log", os.O_CREATE|os.O_WRONLY, 0666)
\t⟦log.SetOutput(file)⟧
\tl := log.New()
\t⟦l.Out = file⟧
\treturn l
}
`,
    messageIncludes: ['Factor XI'],
  },
  {
    name: 'slog handler on a file',
    path: 'cmd/api/main.go',
    code: `package main

import (
\t"log/slog"
\t"os"
)

func main() {
\tf, _ := os.Create("api.log")
\tslog.SetDefault(slog.New(⟦slog.NewJSONHandler(f, nil)⟧))
}
`,
    messageIncludes: ['slog.NewJSONHandler writes the log to a file opened with os.Create'],
  },
  {
    name: "logrus' lfshook: a hook appending each level's entries to a file",
    path: 'cmd/notes/main.go',
    code: `package main

import (
\t"github.com/rifflock/lfshook"
\t"github.com/sirupsen/logrus"
)

func main() {
\tlogger := logrus.New()
\tlogger.AddHook(⟦lfshook.NewHook(lfshook.PathMap{logrus.InfoLevel: "/var/log/notes/info.log"}, &logrus.JSONFormatter{})⟧)
}
`,
    messageIncludes: ['lfshook'],
  },
  {
    name: 'lumberjack rotation',
    path: 'logging.go',
    code: `package main

import (
\t"log"

\t"gopkg.in/natefinch/lumberjack.v2"
)

func init() {
\tlog.SetOutput(&⟦lumberjack.Logger{
\t\tFilename:   "/var/log/myapp/foo.log",
\t\tMaxSize:    500,
\t\tMaxBackups: 3,
\t}⟧)
}
`,
    messageIncludes: ['lumberjack.Logger writes and rotates log files'],
  },
  {
    name: "file-rotatelogs behind logrus (gin blog templates): a writer of time-rotated files",
    path: 'internal/logger/logger.go',
    code: `package logger

import (
\t"time"

\trotatelogs "github.com/lestrrat-go/file-rotatelogs"
\t"github.com/sirupsen/logrus"
)

func Init() error {
\twriter, err := ⟦rotatelogs.New("log/app.%Y%m%d%H.log", rotatelogs.WithRotationTime(time.Hour))⟧
\tif err != nil {
\t\treturn err
\t}
\tlogrus.SetOutput(writer)
\treturn nil
}
`,
    messageIncludes: ['rotatelogs.New writes and rotates log files'],
  },
  {
    name: "timberjack, lumberjack's fork, handed to zap",
    path: 'core/zap.go',
    code: `package core

import (
\t"github.com/DeRuina/timberjack"
\t"go.uber.org/zap/zapcore"
)

func AuditSyncer() zapcore.WriteSyncer {
\treturn zapcore.AddSync(&⟦timberjack.Logger{Filename: "./log/audit.log", MaxSize: 100}⟧)
}
`,
    messageIncludes: ['timberjack.Logger writes and rotates log files'],
  },
  {
    name: 'zap OutputPaths with a file: the fix points it at stdout',
    path: 'log.go',
    code: `package main

import "go.uber.org/zap"

func newLogger() (*zap.Logger, error) {
\tcfg := zap.NewProductionConfig()
\tcfg.OutputPaths = []string{⟦"/var/log/app.log"⟧}
\treturn cfg.Build()
}
`,
    messageIncludes: ['zap OutputPaths sends the log to the file "/var/log/app.log"'],
    fix: { kind: 'replace', title: 'Log to stdout (zap OutputPaths)' },
    output: `package main

import "go.uber.org/zap"

func newLogger() (*zap.Logger, error) {
\tcfg := zap.NewProductionConfig()
\tcfg.OutputPaths = []string{"stdout"}
\treturn cfg.Build()
}
`,
  },
  {
    name: 'zap Config literal: every file reported; a list that already has stdout gets no fix',
    path: 'log.go',
    code: `package main

import "go.uber.org/zap"

var cfg = zap.Config{
\tOutputPaths:      []string{"stdout", ⟦"logs/app.log"⟧},
\tErrorOutputPaths: []string{⟦"logs/error.log"⟧},
}
`,
  },
];

const valid: ValidExample[] = [
  {
    name: "a package-level *os.File from a helper that is not named for opening, and one set to os.Stdout by a flag",
    path: 'pkg/logging/log.go',
    code: 'package logging\n\nimport (\n\t"log"\n\t"os"\n\n\t"example.com/shop/pkg/term"\n)\n\nvar Out *os.File\n\nfunc Setup(quiet bool) {\n\tOut = term.Console()\n\tif quiet {\n\t\tOut = os.Stdout\n\t}\n\tlog.SetOutput(Out)\n}\n',
  },
  {
    name: 'a New of some other package named rotatelogs-like: only lestrrat-go/file-rotatelogs is a file writer',
    path: 'internal/logger/logger.go',
    code: 'package logger\n\nimport rotatelogs "example.com/acme/logs/rotate"\n\nvar Writer = rotatelogs.New("stdout")\n',
  },
  {
    name: "a writer type whose Write appends to an upload's part file: a spool, not a log",
    path: 'internal/upload/spool.go',
    code: 'package upload\n\nimport (\n\t"os"\n\t"path/filepath"\n)\n\ntype Spool struct {\n\tdir  string\n\tname string\n}\n\nfunc (s *Spool) Write(p []byte) (int, error) {\n\tf, err := os.OpenFile(filepath.Join(s.dir, s.name+".part"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer f.Close()\n\treturn f.Write(p)\n}\n',
  },
  {
    name: "GoFrame's glog printing to stdout only; a folder read from config is the platform's choice; another package's SetPath",
    path: 'pkg/logger/logger.go',
    code: 'package logger\n\nimport (\n\t"os"\n\n\t"github.com/gogf/gf/v2/os/glog"\n\t"example.com/app/assets"\n)\n\nfunc Setup() {\n\tl := glog.New()\n\tl.SetStdoutPrint(true)\n\t_ = l.SetPath(os.Getenv("LOG_DIR"))\n\tassets.SetPath("/srv/static")\n}\n',
  },
  {
    name: "go-kit and hclog on stderr/stdout",
    path: 'cmd/ledger/main.go',
    code: `package main

import (
\t"os"

\tkitlog "github.com/go-kit/log"
\t"github.com/hashicorp/go-hclog"
)

func main() {
\tlogger := kitlog.NewLogfmtLogger(kitlog.NewSyncWriter(os.Stderr))
\tplugins := hclog.New(&hclog.LoggerOptions{Name: "plugins", Output: os.Stdout})
\t_, _ = logger, plugins
}
`,
  },
  {
    name: "beego's console and network log adapters; a SetLogger of another library",
    path: 'main.go',
    code: `package main

import (
\t"github.com/beego/beego/v2/core/logs"
\t"example.com/telemetry"
)

func init() {
\tlogs.SetLogger(logs.AdapterConsole)
\tlogs.SetLogger(logs.AdapterConn, \`{"net":"tcp","addr":"logstash:5000"}\`)
\ttelemetry.SetLogger("file")
}
`,
  },
  {
    name: "lfshook given writers the code chose (standard error), not paths",
    path: 'cmd/notes/main.go',
    code: `package main

import (
\t"os"

\t"github.com/rifflock/lfshook"
\t"github.com/sirupsen/logrus"
)

func main() {
\tlogrus.AddHook(lfshook.NewHook(lfshook.WriterMap{logrus.ErrorLevel: os.Stderr}, &logrus.JSONFormatter{}))
}
`,
  },
  {
    name: 'request loggers on stdout, and an Output field of something that is not a logger config',
    path: 'main.go',
    code: `package main

import (
\t"os"

\t"github.com/gofiber/fiber/v2/middleware/logger"
\t"github.com/labstack/echo/v4/middleware"
)

type ExportConfig struct{ Output *os.File }

func main() {
\tf, _ := os.Create("report.csv")
\t_ = ExportConfig{Output: f}
\t_ = middleware.LoggerConfig{Output: os.Stdout}
\t_ = logger.Config{Output: os.Stderr}
}
`,
  },
  {
    name: "gin's writers on the standard streams",
    path: 'main.go',
    code: `package main

import (
\t"io"
\t"os"

\t"github.com/gin-gonic/gin"
)

func main() {
\tgin.DefaultWriter = io.MultiWriter(os.Stdout)
\tgin.DefaultErrorWriter = os.Stderr
\tr := gin.New()
\tr.Use(gin.LoggerWithWriter(os.Stdout))
}
`,
  },
  {
    name: 'loggers on stdout and stderr',
    path: 'main.go',
    code: `package main

import (
\t"log"
\t"log/slog"
\t"os"

\t"github.com/rs/zerolog"
\t"github.com/sirupsen/logrus"
\t"go.uber.org/zap"
)

func main() {
\tlog.SetOutput(os.Stdout)
\tlogrus.SetOutput(os.Stderr)
\tslog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))
\tzl := zerolog.New(os.Stderr).With().Timestamp().Logger()
\t_ = zl
\tcfg := zap.NewProductionConfig()
\tcfg.OutputPaths = []string{"stdout"}
\tcfg.ErrorOutputPaths = []string{"stderr"}
}
`,
  },
  {
    name: 'files written for data, not logs; a writer chosen by the caller or the environment',
    path: 'export/export.go',
    code: `package export

import (
\t"encoding/csv"
\t"log"
\t"os"
)

func Export(rows [][]string) error {
\tf, err := os.Create("report.csv")
\tif err != nil {
\t\treturn err
\t}
\tdefer f.Close()
\treturn csv.NewWriter(f).WriteAll(rows)
}

func UseWriter(f *os.File) {
\tlog.SetOutput(f)
}

func FromEnv() {
\tf, _ := os.OpenFile(os.Getenv("LOG_FILE"), os.O_CREATE|os.O_WRONLY, 0o644)
\tlog.SetOutput(f)
}
`,
  },
  {
    name: "zap quieted onto the null device (etcd's test cluster): no log file is written",
    path: 'integration/cluster.go',
    code: `package integration

import "go.uber.org/zap"

func quiet(cfg *zap.Config) {
\tcfg.OutputPaths = []string{"/dev/null"}
\tcfg.ErrorOutputPaths = []string{"/dev/null"}
}
`,
  },
  {
    name: 'a writer variable that may be stdout, and /dev/stdout',
    path: 'main.go',
    code: `package main

import (
\t"log"
\t"os"
)

func setup(debug bool) {
\tout := os.Stdout
\tif debug {
\t\tout, _ = os.Create("debug.log")
\t}
\tlog.SetOutput(out)
\tstd, _ := os.OpenFile("/dev/stdout", os.O_WRONLY, 0)
\tlog.SetOutput(std)
}
`,
  },
  {
    name: 'zap sinks that are not files',
    path: 'log.go',
    code: `package main

import "go.uber.org/zap"

var cfg = zap.Config{OutputPaths: []string{"stdout", "kafka://broker:9092/logs"}, ErrorOutputPaths: []string{"stderr"}}
`,
  },
];

export const goExamples: Examples = { valid, invalid };
