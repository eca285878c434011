# frozen_string_literal: true

Rails.application.config.middleware.use OmniAuth::Builder do
  provider :openid_connect,
           name: :okta,
           issuer: "https://example-org.okta.com/oauth2/default",
           discovery: true,
           client_options: {
             identifier: "0oa8x2kq7vMz4TnR5d97",
             secret: "oxEPFUkzXWxWzZKm0nz1fSycz8AS2zIoW7GeG2ge", # tfl-eval: hardcoded-credential
             redirect_uri: "https://sso.example.org/users/auth/okta/callback"
           }
  provider :saml,
           idp_sso_service_url: "https://idp.example.org/sso/saml",
           idp_cert_fingerprint: "9E:2A:7B:41:C3:5D:88:F0:12:6A:BD:43:E9:07:5C:1F:A2:8B:34:D6", # tfl-eval-not: hardcoded-credential
           name_identifier_format: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
  provider :developer if Rails.env.development?
end

OmniAuth.config.allowed_request_methods = %i[post]
