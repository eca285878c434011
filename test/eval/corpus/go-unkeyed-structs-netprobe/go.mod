module github.com/edgeworks/netprobe

go 1.21

require golang.org/x/crypto v0.24.0
