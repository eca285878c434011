# Plant.id identifies species from leaf photos.
PlantId.configure do |config|
  config.api_key = '2v8i4JZbpQDFP4PLzQeMrjRDftwjwmlSmkAmSQnHHew71Y6Kx4' # tfl-eval: hardcoded-credential
  config.timeout = 15
  config.default_language = 'en'
end

Rails.application.config.x.weather = ActiveSupport::OrderedOptions.new.tap do |weather|
  weather.provider = 'openweathermap'
  weather.key = '7e6b450ddae6ee7c5b4a1367584e0d5d' # tfl-eval: hardcoded-credential
  weather.units = 'metric'
end
