# A Jekyll plugin that renders the client snippet on the API page.
module SampleClient
  CLIENT = { user: 'reader', password: 'Pebble-Marsh-19' } # tfl-eval-not: hardcoded-credential
end
