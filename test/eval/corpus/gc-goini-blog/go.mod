module github.com/example/blog

go 1.20

require gopkg.in/ini.v1 v1.67.0
