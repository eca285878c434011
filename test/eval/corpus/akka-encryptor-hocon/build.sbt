name := "encryptor"
scalaVersion := "2.13.12"
libraryDependencies ++= Seq(
  "com.typesafe.akka" %% "akka-http" % "10.5.3",
  "com.typesafe.akka" %% "akka-stream" % "2.8.5",
  "com.typesafe" % "config" % "1.4.3"
)
