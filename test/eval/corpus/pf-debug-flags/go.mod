module github.com/lumen/worker

go 1.22
