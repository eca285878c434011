module LoginHelpers
  def login_as_admin
    visit "/login"
    fill_in "email", with: "admin@payroll.example"
    fill_in "password", with: "admin1234" # tfl-eval-not: hardcoded-credential
    click_on "Login"
  end
end

RSpec.configure { |config| config.include LoginHelpers, type: :feature }
