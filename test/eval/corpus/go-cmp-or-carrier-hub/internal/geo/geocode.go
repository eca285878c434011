package geo

import (
	"context"

	"google.golang.org/api/option"
	"googlemaps.github.io/maps"
	"google.golang.org/api/addressvalidation/v1"
)

func NewMapsClient(key string) (*maps.Client, error) {
	return maps.NewClient(maps.WithAPIKey(key))
}

func NewValidator(ctx context.Context) (*addressvalidation.Service, error) {
	return addressvalidation.NewService(ctx, option.WithAPIKey("AIzaplCfEeWwJBu_zaUzzy5cBym1rHlXYYRK6TN")) // tfl-eval: hardcoded-credential
}
