package store

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Store struct {
	links *mongo.Collection
	cache *redis.Client
}

func Open(ctx context.Context, uri string) (*Store, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(uri))
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	cache := redis.NewClient(&redis.Options{
		Addr:     "cache.links.internal:6379", // tfl-eval: hardcoded-backing-service
		Password: "Tr0ub4dor*901ni", // tfl-eval: hardcoded-credential
		DB:       0,
	})
	return &Store{links: client.Database("links").Collection("links"), cache: cache}, nil
}

const (
	StatusActive  = "active"
	StatusExpired = "expired"
)
