plugins { kotlin("jvm") version "1.9.24" }
dependencies {
    implementation("com.hierynomus:sshj:0.38.0")
    implementation("org.apache.sshd:sshd-core:2.12.1")
}
