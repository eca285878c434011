package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

// User holds the schema definition for the User entity.
type User struct{ ent.Schema }

// Fields of the User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").Unique(),
		field.String("password_hash").Sensitive(),
		field.Enum("role").Values("driver", "dispatcher", "admin").Default("driver"),
		field.String("api_token_prefix").Optional(),
	}
}
