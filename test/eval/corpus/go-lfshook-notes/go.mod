module github.com/example/notes

go 1.22

require (
	github.com/rifflock/lfshook v0.0.0-20180920164130-b9218ef580f5
	github.com/sirupsen/logrus v1.9.3
	github.com/go-chi/chi/v5 v5.0.12
	github.com/pressly/goose/v3 v3.20.0
	modernc.org/sqlite v1.30.0
)
