require "rails_helper"

RSpec.describe PresenceChannel, type: :channel do
  SEEN = {}

  it "adds the user to the board" do
    stub_connection current_user: create(:user)
    subscribe(board_id: 7)
    SEEN[:last] = 7
    expect(subscription).to have_stream_from("presence:7")
  end
end
