package telemetry

import (
	"log"
	"net"
	"os"
)

// ListenUDP receives NMEA sentences from the in-cab units.
func ListenUDP() error {
	addr := os.Getenv("TELEMETRY_UDP_ADDR")
	if addr == "" {
		addr = ":5514" // tfl-eval-not: hardcoded-port
	}
	conn, err := net.ListenPacket("udp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	buf := make([]byte, 2048)
	for {
		n, from, err := conn.ReadFrom(buf)
		if err != nil {
			return err
		}
		log.Printf("telemetry: %d bytes from %s", n, from)
	}
}
