addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.4")
addSbtPlugin("com.github.sbt" % "sbt-native-packager" % "1.10.0")
