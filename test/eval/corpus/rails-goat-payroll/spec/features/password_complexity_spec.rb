require "spec_helper"

feature "password complexity" do
  scenario "rejects a short password" do
    visit "/signup"
    fill_in "user_password", with: "abc" # tfl-eval-not: hardcoded-credential
    click_on "Submit"
    expect(page).to have_content("Password is too short")
  end
end
