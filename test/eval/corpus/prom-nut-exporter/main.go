package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	nut "github.com/robbiet480/go.nut"
)

var (
	listenAddress = flag.String("web.listen-address", ":9199", "Address to listen on for web interface and telemetry.")
	metricsPath   = flag.String("web.telemetry-path", "/metrics", "Path under which to expose metrics.")
	nutServer     = flag.String("nut.server", "127.0.0.1", "Hostname or IP of the NUT server.")
	nutUsername   = flag.String("nut.username", "monuser", "Username of the NUT upsmon account.")
	nutPassword   = flag.String("nut.password", "Nv7-ups!Mon3", "Password of the NUT upsmon account.") // tfl-eval: hardcoded-credential
	nutPasswordFile = flag.String("nut.password-file", "", "File holding the NUT password (preferred over --nut.password).") // tfl-eval-not: hardcoded-credential
)

func main() {
	flag.Parse()
	collector := newUPSCollector(func() (nut.Client, error) {
		client, err := nut.Connect(*nutServer)
		if err != nil {
			return client, err
		}
		password, err := resolvePassword(*nutPassword, *nutPasswordFile)
		if err != nil {
			return client, err
		}
		_, err = client.Authenticate(*nutUsername, password)
		return client, err
	})
	prometheus.MustRegister(collector)
	http.Handle(*metricsPath, promhttp.Handler())
	log.Printf("nut_exporter listening on %s", *listenAddress)
	log.Fatal(http.ListenAndServe(*listenAddress, nil)) // tfl-eval: no-graceful-shutdown
}
