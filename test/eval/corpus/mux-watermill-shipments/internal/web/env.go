package web

import "os"

func os_getenv(name string) string { return os.Getenv(name) }
