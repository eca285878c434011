package graph

import "github.com/example/fleet/ent"

// Resolver is the root of gqlgen's resolvers; it holds the shared ent client.
type Resolver struct {
	Client *ent.Client
}
