module Kiosk
  ADMIN_PIN = "407318" # tfl-eval: hardcoded-credential
  PIN_LENGTH = 6 # tfl-eval-not: hardcoded-credential
  REPORT_DSN = "ledger:Pn6wKz3Qm8Xt@tcp(mysql:3306)/ledger" # tfl-eval: hardcoded-credential, hardcoded-backing-service
  SOCKET_DSN = "ledger:Jr2vLx9Wq4Mz@/ledger_reports" # tfl-eval: hardcoded-credential

  def self.unlock?(pin)
    pin == ADMIN_PIN
  end

  def self.settings
    { pin_code: "6029", spinner: true, pinned_items: %w[coffee tea] } # tfl-eval: hardcoded-credential
  end
end
