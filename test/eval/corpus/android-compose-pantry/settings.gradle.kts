rootProject.name = "Pantry"
include(":app")
