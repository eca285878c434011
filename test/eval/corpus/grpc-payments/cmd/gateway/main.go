package main

import (
	"log"
	"net"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"google.golang.org/grpc"
)

type server struct{}

var verifyKey = []byte("xyQaM08HYN7tXiQPcCKTphGHhpFoSpFzJr3+3FYN6j8=") // tfl-eval: hardcoded-credential

func authorize(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return verifyKey, nil })
	return err
}

func main() {
	lis, err := net.Listen("tcp", ":"+os.Getenv("PORT"))
	if err != nil {
		log.Fatal(err)
	}
	s := grpc.NewServer()
	if err := s.Serve(lis); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}
