module AuthHelpers
  def sign_in(email: "agent@tickets.test", password: "agent-seed-pw") # tfl-eval-not: hardcoded-credential
    post "/sign-in", email: email, password: password
  end
end
