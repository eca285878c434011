module github.com/example/notes

go 1.22

require (
	github.com/spf13/cobra v1.8.0
	modernc.org/sqlite v1.29.9
)
