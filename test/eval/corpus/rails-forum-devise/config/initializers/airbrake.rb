Airbrake.configure do |c|
  c.project_id = 301_442
  c.project_key = 'e2b1f0c4d5a6978812ab34cd56ef7890' # tfl-eval: hardcoded-credential
  c.environment = Rails.env
end
