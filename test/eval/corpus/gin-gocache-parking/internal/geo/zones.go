package geo

import (
	"fmt"
	"math"
	"time"

	"github.com/patrickmn/go-cache"
)

// Zone lookups by rounded coordinates: pure function of the input, safe to recompute anywhere.
var zoneCache = cache.New(time.Hour, 15*time.Minute) // tfl-eval-not: memory-session-store

// ZoneFor returns the tariff zone of a point.
func ZoneFor(lat, lng float64) string {
	key := fmt.Sprintf("%.3f,%.3f", lat, lng)
	if z, ok := zoneCache.Get(key); ok {
		return z.(string)
	}
	z := "B"
	if math.Abs(lat-52.52) < 0.02 && math.Abs(lng-13.40) < 0.03 {
		z = "A"
	}
	zoneCache.Set(key, z, cache.DefaultExpiration)
	return z
}
