package main

import (
	"flag"
	"log"

	"github.com/netops/inventory/internal/snmp"
)

func main() {
	target := flag.String("target", "10.0.0.1", "switch address")
	community := flag.String("community", "", "SNMPv2c community (v3 is the default)")
	flag.Parse()
	s := snmp.Switch(*target)
	if *community != "" {
		s.Community = *community
	}
	if err := s.Connect(); err != nil {
		log.Fatal(err)
	}
}
