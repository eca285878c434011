package feature

import (
	"testing"

	"github.com/stretchr/testify/suite"
)

type AuthTestSuite struct {
	suite.Suite
}

func TestAuthTestSuite(t *testing.T) {
	suite.Run(t, new(AuthTestSuite))
}

func (s *AuthTestSuite) TestLogin() {
	body := map[string]string{"email": "editor@blog.test", "password": "editor-pass-123"} // tfl-eval-not: hardcoded-credential
	s.NotEmpty(body)
}
