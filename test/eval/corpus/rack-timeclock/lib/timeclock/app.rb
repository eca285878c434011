require 'json'
require_relative 'db'

module Timeclock
  class App
    # Shift names by code: read-only.
    SHIFTS = { 'e' => 'early', 'l' => 'late', 'n' => 'night' }.freeze

    # Who is clocked in right now, by employee, for the foreman's board.
    CLOCKED_IN = {} # tfl-eval: memory-session-store

    def call(env)
      req = Rack::Request.new(env)
      case [req.request_method, req.path_info]
      when ['POST', '/punch/in']
        employee = req.session['employee']
        CLOCKED_IN[employee] = Time.now
        DB[:punches].insert(employee: employee, at: Time.now, kind: 'in')
        [201, { 'content-type' => 'application/json' }, [{ shift: SHIFTS['e'] }.to_json]]
      when ['POST', '/punch/out']
        employee = req.session['employee']
        CLOCKED_IN.delete(employee)
        DB[:punches].insert(employee: employee, at: Time.now, kind: 'out')
        [204, {}, []]
      else
        [404, {}, ['not found']]
      end
    end
  end
end
