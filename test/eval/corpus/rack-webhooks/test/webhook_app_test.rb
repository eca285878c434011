require "minitest/autorun"
require "rack/test"

class WebhookAppTest < Minitest::Test
  include Rack::Test::Methods
  SECRET = "01628a3133b59e6330657111ff3d456906431747" # tfl-eval-not: hardcoded-credential

  def app = WebhookApp.new

  def test_rejects_bad_signature
    post "/github", "{}", "HTTP_X_SIGNATURE" => "nope"
    assert_equal 401, last_response.status
  end
end
