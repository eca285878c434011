Given("I am signed in as the librarian") do
  visit new_user_session_path
  fill_in "Email", with: "librarian@library.test"
  fill_in "Password", with: "shelve-all-books" # tfl-eval-not: hardcoded-credential
  click_button "Log in"
end
