# Slugs are pure functions of the title; the memo is a cache, safe to lose.
module Slugger
  MEMO = {}

  def self.slug(title)
    MEMO[title] ||= title.downcase.strip.gsub(/[^a-z0-9]+/, "-").gsub(/^-|-$/, "")
  end
end
