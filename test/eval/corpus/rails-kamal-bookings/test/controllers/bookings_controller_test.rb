require "test_helper"

class BookingsControllerTest < ActionDispatch::IntegrationTest
  setup do
    Rails.application.config.x.payments.token = "test-token"
  end

  test "holds seats" do
    post hold_bookings_url, params: { seat_ids: [1, 2] }
    assert_response :accepted
  end
end
