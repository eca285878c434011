module AuthHelpers
  TEST_SECRET = "f67666c9a3f952e637b92193ba743d24" # tfl-eval-not: hardcoded-credential

  def sign_in(user, password: "password123") # tfl-eval-not: hardcoded-credential
    post "/session", { email: user.email, password: password }
  end
end
