require "active_record"

class Role < ActiveRecord::Base; end
class User < ActiveRecord::Base; end
