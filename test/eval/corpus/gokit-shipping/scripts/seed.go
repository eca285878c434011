//go:build ignore

package main

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func main() {
	client, _ := mongo.Connect(context.Background(), options.Client().ApplyURI("mongodb://127.0.0.1:27017"))
	_, _ = client.Database("dddsample").Collection("locations").InsertMany(context.Background(), []any{
		map[string]string{"unlocode": "SESTO", "name": "Stockholm"},
		map[string]string{"unlocode": "CNHKG", "name": "Hong Kong"},
	})
}
