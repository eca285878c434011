require_relative "app"
LOGGER.info("booting board")
run App.freeze.app
