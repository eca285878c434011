require "savon"

module Customs
  def self.client
    Savon.client(
      wsdl: "https://customs-gw.partner.example/DeclarationService?wsdl",
      wsse_auth: ["acme_broker", "RgtUs*Oucf1KA.AT", :digest], # tfl-eval: hardcoded-credential
      ssl_verify_mode: :peer,
    )
  end

  def self.sandbox
    Savon.client(wsdl: "https://sandbox.partner.example/DeclarationService?wsdl", wsse_auth: [ENV.fetch("CUSTOMS_USER"), ENV.fetch("CUSTOMS_PASSWORD")]) # tfl-eval-not: hardcoded-credential
  end
end
