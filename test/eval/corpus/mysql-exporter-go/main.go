package main

import (
	"net/http"

	"github.com/alecthomas/kingpin/v2"
	"github.com/go-sql-driver/mysql"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var (
	listenAddress = kingpin.Flag("web.listen-address", "Address to listen on.").Default(":9104").String()
	mysqlUser     = kingpin.Flag("mysql.user", "MySQL user.").Default("exporter").String()
	mysqlPassword = kingpin.Flag("mysql.password", "MySQL password.").Default("Okapi-Fern-6630").String() // tfl-eval: hardcoded-credential
	mysqlAddr     = kingpin.Flag("mysql.address", "MySQL address.").Default("localhost:3306").String()
)

func main() {
	kingpin.Parse()
	cfg := mysql.NewConfig()
	cfg.User = *mysqlUser
	cfg.Passwd = *mysqlPassword
	cfg.Net = "tcp"
	cfg.Addr = *mysqlAddr
	collector := newCollector(cfg.FormatDSN())
	registerCollector(collector)
	http.Handle("/metrics", promhttp.Handler())
	_ = http.ListenAndServe(*listenAddress, nil) // tfl-eval: no-graceful-shutdown
}
