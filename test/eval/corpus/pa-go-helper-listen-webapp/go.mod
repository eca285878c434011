module github.com/example/gowebapp

go 1.21
