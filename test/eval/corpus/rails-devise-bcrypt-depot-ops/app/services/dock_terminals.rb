# Registers the scanners the depot ships with.
class DockTerminals
  FACTORY_RESET_DIGEST = BCrypt::Password.create("mTcjvX6KZ1yKlhoM") # tfl-eval: hardcoded-credential

  def self.register(serial)
    Terminal.find_or_create_by!(serial: serial) do |terminal|
      terminal.pin_digest = FACTORY_RESET_DIGEST
    end
  end

  def self.rotate(terminal)
    terminal.update!(pin_digest: BCrypt::Password.create(ENV.fetch("DOCK_TERMINAL_PIN"))) # tfl-eval-not: hardcoded-credential
  end

  def self.vault_digest
    Argon2::Password.create("74dX8jrs5lof0mgH") # tfl-eval: hardcoded-credential
  end
end
