package main

import (
	"bufio"
	"log"
	"net"
	"sync"
)

type hub struct {
	mu      sync.Mutex
	clients map[net.Conn]struct{}
}

func main() {
	port := ":9090"
	ln, err := net.Listen("tcp", port) // tfl-eval: hardcoded-port
	if err != nil {
		log.Fatal(err)
	}
	h := &hub{clients: map[net.Conn]struct{}{}}
	for {
		c, err := ln.Accept()
		if err != nil {
			continue
		}
		go h.serve(c)
	}
}

func (h *hub) serve(c net.Conn) {
	defer c.Close()
	s := bufio.NewScanner(c)
	for s.Scan() {
		h.broadcast(s.Text())
	}
}

func (h *hub) broadcast(line string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		_, _ = c.Write([]byte(line + "\n"))
	}
}
