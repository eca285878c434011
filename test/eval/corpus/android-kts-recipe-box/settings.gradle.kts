rootProject.name = "RecipeBox"
include(":app")
