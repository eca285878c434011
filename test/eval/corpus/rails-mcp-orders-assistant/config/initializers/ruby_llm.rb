RubyLLM.configure do |config|
  config.openai_api_key = ENV["OPENAI_API_KEY"]
  config.anthropic_api_key = Rails.application.credentials.dig(:anthropic, :api_key)
  config.gemini_api_key = "AIzaSy2VHJqqmBGgfseK991T4s4WCKCnRo6ih2Y" # tfl-eval: hardcoded-credential
  config.ollama_api_base = ENV.fetch("OLLAMA_API_BASE", "http://localhost:11434/v1")
  config.default_model = "gpt-4.1-mini"
  config.request_timeout = 120
end
