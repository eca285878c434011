module AdminAuth
  def self.valid?(user, password)
    [user, password] == %w[ops hunter-Larch9] # tfl-eval: hardcoded-credential
  end

  def self.role_for(user, status)
    [user, status] == ["admin", "active"] # tfl-eval-not: hardcoded-credential
  end
end
