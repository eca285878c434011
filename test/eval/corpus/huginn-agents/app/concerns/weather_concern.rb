module WeatherConcern
  DEFAULT_SERVICE = "openweather"
  API_BASE = "https://api.openweathermap.org/data/3.0/onecall"

  def weather_api_key
    interpolated["api_key"].presence || credential("openweather_api_key") # tfl-eval-not: hardcoded-credential
  end

  def weather_url(lat, lng)
    "#{API_BASE}?lat=#{lat}&lon=#{lng}&appid=#{weather_api_key}&units=metric"
  end
end
