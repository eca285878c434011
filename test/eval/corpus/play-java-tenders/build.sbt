name := """tenders"""
organization := "gov.example"
version := "1.4.0"

lazy val root = (project in file(".")).enablePlugins(PlayJava)

scalaVersion := "2.13.14"

libraryDependencies ++= Seq(
  guice,
  javaJdbc,
  "org.postgresql" % "postgresql" % "42.7.3",
  "com.typesafe.play" %% "play-mailer" % "9.0.0"
)
