module Types
  class LoginInput < Types::BaseInputObject
    argument :email, String, required: true
    argument :password, String, required: true, description: "At least 12 characters"
    argument :otp_secret, String, required: false, default_value: nil
  end
end
