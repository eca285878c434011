// Gradle scripts in both DSLs and Maven's pom.xml; each names its place in the repository (`repositoryPath`).
import { at } from './example-place';
import type { Examples } from '../../rule';


export const groovyExamples: Examples = {
  valid: [
    {
      name: 'included builds and project folders inside the repository, a commented-out include, a computed path',
      ...at('settings.gradle'),
      code:
        "pluginManagement {\n    includeBuild('build-logic')\n}\nrootProject.name = 'Wallet'\ninclude ':app', ':feature-cards'\n" +
        "project(':feature-cards').projectDir = file('features/cards')\n// includeBuild '../old-analytics'\n" +
        'includeBuild("$rootDir/../$sdkFolder")\nif (file(\'../wallet-crypto\').exists()) {\n    println \'found\'\n}\n',
    },
    {
      name: 'jars inside the repository, and files(…) outside a dependencies block (a copy task)',
      ...at('app/build.gradle'),
      code:
        "dependencies {\n    implementation fileTree(dir: 'libs', include: ['*.jar'])\n    implementation files('../shared-jars/analytics.jar')\n}\n" +
        "tasks.register('docs', Copy) {\n    from files('../../docs')\n}\n",
    },
    {
      name: "React Native's scripts and build from node_modules inside the repository, a script plugin by URL",
      ...at('android/app/build.gradle'),
      code:
        'apply from: file("../../node_modules/@react-native-community/cli-platform-android/native_modules.gradle")\n' +
        'apply from: "https://raw.githubusercontent.com/acme/gradle-scripts/v3.2.0/versioning.gradle"\napply plugin: "com.facebook.react"\n',
    },
    {
      name: 'includeBuild and projectDir in a build script are not what a settings script declares',
      ...at('build.gradle'),
      code: "def includeBuild = '../x'\next.projectDir = file('../other')\n",
    },
  ],
  invalid: [
    {
      name: 'included builds (both call styles, with a configuration block) and a project folder outside the repository',
      ...at('settings.gradle'),
      code:
        "includeBuild ⟦'../design-system'⟧\nproject(':legacy-sdk').projectDir = new File(settingsDir, ⟦'../legacy-sdk/library'⟧)\n" +
        "includeBuild(⟦'../wallet-crypto'⟧) {\n    dependencySubstitution {\n        substitute module('com.acme:crypto') using project(':')\n    }\n}\n",
      messageIncludes: ['Gradle'],
      severity: 'warning',
    },
    {
      name: 'a jar and a folder of jars outside the repository in dependencies (buildscript classpath too)',
      ...at('app/build.gradle'),
      code:
        "buildscript {\n    dependencies {\n        classpath files(⟦'/opt/gradle-plugins/acme-lint.jar'⟧)\n    }\n}\n" +
        "dependencies {\n    implementation files(⟦'../../shared-jars/analytics.jar'⟧, 'libs/local.jar')\n    implementation fileTree(dir: ⟦'../../vendor-jars'⟧, include: ['*.jar'])\n}\n",
      messageIncludes: ['Gradle file dependency'],
    },
    {
      name: 'a script plugin applied from a folder outside the repository, as a string or through file()',
      ...at('android/app/build.gradle'),
      code: 'apply plugin: "com.android.application"\napply from: ⟦"../../../mobile-platform/gradle/android-common.gradle"⟧\napply from: file(⟦\'../../../shared/lint.gradle\'⟧)\n',
      messageIncludes: ['Gradle script plugin'],
    },
  ],
};

export const kotlinExamples: Examples = {
  valid: [
    {
      name: 'Kotlin DSL: included builds and project folders inside, a path from a Gradle property, a comment',
      ...at('settings.gradle.kts'),
      code:
        'includeBuild("tools/codegen")\nproject(":codegen-runtime").projectDir = file("tools/codegen/runtime")\n// includeBuild("../kotlin-money")\n' +
        'val localSdk = providers.gradleProperty("acme.sdk.path")\nif (localSdk.isPresent) {\n    includeBuild(localSdk.get())\n}\n' +
        'includeBuild(File(flutterSdkPath, "packages/flutter_tools/gradle"))\nincludeBuild(file("build-logic"))\n' +
        'listOf("api").forEach { project(":$it").projectDir = file("$rootDir/modules/$it") }\nproject(":backend").projectDir = File("$rootDir/backend")\n',
    },
    {
      name: 'a Kotlin source file that says includeBuild is no Gradle script',
      ...at('src/main/kotlin/Builds.kt'),
      code: 'fun includeBuild(path: String) = println(path)\nfun main() = includeBuild("../x")\n',
    },
  ],
  invalid: [
    {
      name: 'Kotlin DSL: a convention-plugin build in pluginManagement, an included build and project folders outside',
      ...at('settings.gradle.kts'),
      code:
        'pluginManagement {\n    includeBuild(⟦"../gradle-conventions"⟧)\n}\ninclude(":api", ":common", ":legacy")\nincludeBuild(⟦"../shared-kotlin-libs"⟧)\n' +
        'project(":common").projectDir = file(⟦"../payments-common"⟧)\nproject(":legacy").projectDir = settingsDir.resolve(⟦"../legacy"⟧)\n' +
        'includeBuild(file(⟦"../../infrastructure/verification-rules"⟧))\nproject(":reporting").projectDir = file(⟦"$rootDir/../reporting-service"⟧)\n' +
        'project(":rates").apply {\n    projectDir = File(⟦"${rootDir}/../legacy/rates"⟧)\n}\n',
      messageIncludes: ['outside this repository'],
    },
    {
      name: 'Kotlin DSL: script plugins applied from outside the repository; a rooted or project-relative one is inside',
      ...at('service/build.gradle.kts'),
      code:
        'apply(from = ⟦"../../platform-build/gradle/publishing.gradle.kts"⟧)\napply(from = rootProject.file("gradle/detekt.gradle.kts"))\n' +
        'apply(from = "$rootDir/gradle/jacoco.gradle.kts")\napply(from = "gradle/local.gradle.kts")\n',
      messageIncludes: ['Gradle script plugin'],
    },
    {
      name: 'Kotlin DSL: files() and fileTree(mapOf("dir" to …)) in dependencies',
      ...at('app/build.gradle.kts'),
      code: 'dependencies {\n    implementation(files(⟦"../../jars/pdf.jar"⟧))\n    implementation(fileTree(mapOf("dir" to ⟦"../../vendor-jars"⟧, "include" to listOf("*.jar"))))\n}\n',
    },
  ],
};

const pom = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n${body}\n</project>\n`;

export const xmlExamples: Examples = {
  valid: [
    {
      name: "modules inside the repository, a commented-out module, a parent's relativePath (Maven falls back to the repository)",
      ...at('claims/pom.xml'),
      code: pom(
        '  <parent>\n    <groupId>com.acme</groupId>\n    <artifactId>acme-parent</artifactId>\n    <version>12</version>\n' +
          '    <relativePath>../acme-parent/pom.xml</relativePath>\n  </parent>\n' +
          '  <modules>\n    <module>claims-api</module>\n    <module>../shared-poms/common</module>\n    <!-- <module>../../claims-legacy</module> -->\n  </modules>',
      ),
    },
    {
      name: "system-scoped jars inside the repository (${project.basedir}, ${basedir}) and the JDK's own (${java.home}: not resolved)",
      ...at('claims-batch/pom.xml'),
      code: pom(
        '  <dependencies>\n    <dependency>\n      <scope>system</scope>\n      <systemPath>${project.basedir}/../lib/pdf-stamp-1.0.jar</systemPath>\n    </dependency>\n' +
          '    <dependency>\n      <scope>system</scope>\n      <systemPath>${java.home}/../lib/tools.jar</systemPath>\n    </dependency>\n  </dependencies>',
      ),
    },
    {
      name: 'an XML file that is not a pom',
      ...at('src/main/resources/beans.xml'),
      code: '<beans>\n  <modules>\n    <module>../x</module>\n  </modules>\n</beans>\n',
    },
  ],
  invalid: [
    {
      name: 'a reactor module outside the repository, and system-scoped jars from the build machine and a folder above',
      ...at('claims-batch/pom.xml'),
      code: pom(
        '  <modules>\n    <module>⟦../../claims-rules-engine⟧</module>\n  </modules>\n  <dependencies>\n' +
          '    <dependency>\n      <scope>system</scope>\n      <systemPath>⟦/opt/oracle/product/19c/jdbc/lib/ucp.jar⟧</systemPath>\n    </dependency>\n' +
          '    <dependency>\n      <scope>system</scope>\n      <systemPath>⟦${basedir}/../../../vendor-jars/fraud-scoring-2.1.jar⟧</systemPath>\n    </dependency>\n' +
          '    <dependency>\n      <scope>system</scope>\n      <systemPath>⟦${user.home}/jars/acme-hsm.jar⟧</systemPath>\n    </dependency>\n  </dependencies>',
      ),
      messageIncludes: ['Maven'],
      severity: 'warning',
    },
  ],
};
