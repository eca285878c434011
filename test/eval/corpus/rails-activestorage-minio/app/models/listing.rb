class Listing < ApplicationRecord
  has_many_attached :photos
  # Listing kinds offered by the form; frozen.
  KINDS = { "flat" => "Flat", "house" => "House", "room" => "Room" }.freeze # tfl-eval-not: memory-session-store
end
