name := "auction-house"
organization := "io.gavelry"
version := "1.9.2"
scalaVersion := "2.13.14"

lazy val root = (project in file(".")).enablePlugins(PlayScala)

libraryDependencies ++= Seq(
  guice,
  ws,
  "org.playframework" %% "play-slick" % "6.1.0",
  "org.postgresql" % "postgresql" % "42.7.3",
  "com.stripe" % "stripe-java" % "25.3.0",
  "org.scalatestplus.play" %% "scalatestplus-play" % "7.0.1" % Test
)

resolvers += "Gavelry Nexus" at "https://nexus.gavelry.io/repository/maven-releases/"

credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.gavelry.io", "deploy", "DatBNjxtsBT.XYFooA") // tfl-eval: hardcoded-credential
credentials += Credentials(Path.userHome / ".sbt" / ".credentials") // tfl-eval-not: hardcoded-credential

publishTo := Some("Gavelry Releases" at "https://nexus.gavelry.io/repository/maven-releases/")
