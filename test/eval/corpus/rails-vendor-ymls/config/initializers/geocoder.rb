Geocoder.configure(
  lookup: :opencagedata,
  api_key: ENV.fetch("OPENCAGE_API_KEY", nil), # tfl-eval-not: hardcoded-credential
  units: :km,
  timeout: 3
)
