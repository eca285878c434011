class Listing < ActiveRecord::Base
  belongs_to :user
  mount_uploader :photo, PhotoUploader
  attr_accessible :title, :body, :price, :photo

  GEOCODER_KEY = 'XRyh5UrFIllqa5kjeBMV3BrBhh8mcoI1TNmtOJ9' # tfl-eval: hardcoded-credential
  SHARE_TOKEN_LENGTH = 24 # tfl-eval-not: hardcoded-credential

  before_create { self.share_token = SecureRandom.hex(SHARE_TOKEN_LENGTH / 2) } # tfl-eval-not: hardcoded-credential
end
