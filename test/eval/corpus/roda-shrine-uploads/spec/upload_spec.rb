require "minitest/autorun"

describe "uploads" do
  before do
    ENV["ARCHIVE_ACCESS_KEY_ID"] = "AKIAQ7RZ2MXW4EXAMPLE" # tfl-eval-not: hardcoded-credential
    @creds = Aws::Credentials.new("test", "test") # tfl-eval-not: hardcoded-credential
  end

  it "presigns" do
    assert true
  end
end
