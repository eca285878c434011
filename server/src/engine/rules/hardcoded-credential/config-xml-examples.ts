// XML config examples (Spring, JPA, Hibernate, Tomcat, Maven, .NET): must report exactly the marked
// ranges. Generated values.
import type { Examples } from '../../rule';

export const xmlConfigExamples: Examples = {
  valid: [
    {
      name: "MyCat's schema.xml: a host whose password the deploy fills in, and a Solr schema's field named password",
      path: 'mycat/conf/schema.xml',
      code: `<mycat:schema xmlns:mycat="http://io.mycat/">
  <dataHost name="ledgerHost" maxCon="1000" dbType="mysql" dbDriver="jdbc">
    <writeHost host="hostM1" url="jdbc:mysql://ledger-primary:3306" user="mycat" password="\${MYCAT_PASSWORD}"/>
  </dataHost>
  <field name="password" type="string" indexed="false" stored="false"/>
</mycat:schema>
`,
    },
    {
      name: "maven-replacer's token is the text it looks for",
      path: 'zookeeper-client/pom.xml',
      code: `<project>
  <build><plugins><plugin>
    <artifactId>replacer</artifactId>
    <configuration>
      <replacements><replacement><token>-SNAPSHOT</token></replacement></replacements>
      <replaceToken>-SNAPSHOT</replaceToken>
    </configuration>
  </plugin></plugins></build>
</project>
`,
    },
    {
      name: 'WildFly standalone.xml: a vault expression, an env read, a credential store entry by alias, the stock key store password',
      path: 'configuration/standalone.xml',
      code: `<server xmlns="urn:jboss:domain:20.0">
  <datasource jndi-name="java:jboss/datasources/ReportsDS" pool-name="ReportsDS">
    <security>
      <user-name>reports_ro</user-name>
      <password>\${VAULT::ds_ReportsDS::password::1}</password>
    </security>
  </datasource>
  <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
    <security><user-name>audit</user-name><password>\${env.AUDIT_DB_PASSWORD}</password></security>
  </datasource>
  <datasource jndi-name="java:jboss/datasources/ArchiveDS" pool-name="ArchiveDS">
    <security><credential-reference store="app-store" alias="archive-db"/></security>
  </datasource>
  <key-store name="applicationKS">
    <credential-reference clear-text="password"/>
  </key-store>
</server>
`,
    },
    {
      name: 'Spring constructor arguments by place: a placeholder, a ref, a database number after the password, a class that takes none',
      path: 'src/main/resources/applicationContext-redis.xml',
      code: `<beans>
  <bean id="jedisPool" class="redis.clients.jedis.JedisPool">
    <constructor-arg index="0" ref="jedisPoolConfig"/>
    <constructor-arg index="1" value="\${redis.host}"/>
    <constructor-arg index="2" value="6379" type="int"/>
    <constructor-arg index="3" value="2000" type="int"/>
    <constructor-arg index="4" value="\${redis.password}"/>
    <constructor-arg index="5" value="3" type="int"/>
  </bean>
  <bean id="sentinel" class="redis.clients.jedis.JedisSentinelPool">
    <constructor-arg value="mymaster"/>
    <constructor-arg ref="sentinels"/>
    <constructor-arg ref="jedisPoolConfig"/>
    <constructor-arg ref="redisPassword"/>
  </bean>
  <bean id="cache" class="org.springframework.cache.concurrent.ConcurrentMapCacheManager">
    <constructor-arg index="0" value="sessions"/>
  </bean>
</beans>
`,
    },
    {
      name: 'Hadoop and web.xml name/value pairs that name no credential, or whose name says public',
      path: 'conf/core-site.xml',
      code: `<configuration>
  <property><name>fs.s3a.endpoint</name><value>s3.eu-west-1.amazonaws.com</value></property>
  <property><name>fs.s3a.access.key</name><value>\${env.S3_ACCESS_KEY}</value></property>
  <context-param><param-name>recaptcha.siteKey</param-name><param-value>6LdxK3ApAAAAAJ9vR2mQ7tYw4bZ1nH8cS0eUfG5p</param-value></context-param>
</configuration>
`,
    },
    {
      name: 'Spring beans reading placeholders, and a bean whose class names a password encoder',
      path: 'src/main/webapp/WEB-INF/applicationContext.xml',
      code: `<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource">
    <property name="username" value="shop"/>
    <property name="password" value="\${jdbc.password}"/>
  </bean>
  <bean id="passwordEncoder" class="org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder"/>
</beans>
`,
    },
    {
      name: 'a pom.xml: artifacts, versions, a GPG passphrase and a plugin password read from properties',
      path: 'pom.xml',
      code: `<project>
  <groupId>com.acme</groupId><artifactId>token-service</artifactId><version>1.4.0</version>
  <properties><jjwt.version>0.12.5</jjwt.version><password.encoder>bcrypt</password.encoder></properties>
  <dependencies><dependency><groupId>io.jsonwebtoken</groupId><artifactId>jjwt-api</artifactId><version>\${jjwt.version}</version></dependency></dependencies>
  <build><plugins>
    <plugin><artifactId>maven-gpg-plugin</artifactId><configuration><passphrase>\${env.GPG_PASSPHRASE}</passphrase></configuration></plugin>
    <plugin><artifactId>flyway-maven-plugin</artifactId><configuration><password>\${db.password}</password></configuration></plugin>
  </plugins></build>
</project>
`,
    },
    {
      name: 'Maven settings: an encrypted password and environment references',
      path: '.mvn/settings.xml',
      code: `<settings>
  <servers>
    <server><id>releases</id><username>deploy</username><password>{COQLCE6DU6GtcS5P=}</password></server>
    <server><id>ossrh</id><username>\${env.OSSRH_USER}</username><password>\${env.OSSRH_TOKEN}</password></server>
  </servers>
</settings>
`,
    },
    {
      name: '.NET: integrated security, token-replacement placeholders and settings that only mention passwords',
      path: 'Web.config',
      code: `<configuration>
  <connectionStrings>
    <add name="Local" connectionString="Data Source=(LocalDb)\\MSSQLLocalDB;Initial Catalog=Shop;Integrated Security=True"/>
    <add name="Shop" connectionString="#{ShopConnectionString}#"/>
  </connectionStrings>
  <appSettings>
    <add key="PasswordResetTokenHours" value="24"/>
    <add key="Payments.ApiKey" value="__PAYMENTS_API_KEY__"/>
  </appSettings>
  <!-- <add key="SmtpPassword" value="x9t5CeuKsVi3N5R"/> -->
</configuration>
`,
    },
    {
      name: "bare <key> elements named by a parent that says no credential (a map's entry, a sort)",
      path: 'app/etc/local.xml',
      code: '<config>\n  <map><entry><key>password</key><value>Password</value></entry></map>\n  <sort><key>created_at</key></sort>\n  <install><date><![CDATA[Tue, 12 Mar 2019 09:14:27 +0000]]></date></install>\n</config>\n',
    },
    {
      name: "Payara's resources reading the environment (${ENV=…}) and naming the password column of a realm",
      path: 'src/main/webapp/WEB-INF/payara-resources.xml',
      code: '<resources>\n  <jdbc-connection-pool name="ReportingPool">\n    <property name="User" value="${ENV=REPORTING_DB_USER}"/>\n    <property name="Password" value="${ENV=REPORTING_DB_PASSWORD}"/>\n    <property name="password-column" value="password_hash"/>\n  </jdbc-connection-pool>\n</resources>\n',
    },
    {
      name: 'a test persistence unit is test scope: a guessed password there is information',
      path: 'src/test/resources/META-INF/persistence.xml',
      code: '<persistence><persistence-unit name="t"><properties><property name="javax.persistence.jdbc.password" value="sa"/></properties></persistence-unit></persistence>\n',
    },
    {
      name: "Ant and Ivy: a deploy password from the environment, an FTP password from a property, Ivy credentials from properties, a JSTL data source string with no password",
      path: 'build.xml',
      code: `<project name="rentals" default="war">
  <property environment="env"/>
  <property name="deploy.password" value="\${env.TOMCAT_DEPLOY_PASSWORD}"/>
  <target name="publish">
    <ftp server="media.example.com" userid="posters" password="\${ftp.password}" remotedir="/posters"/>
    <ivy:settings><credentials host="repo.example.com" realm="Nexus" username="\${repo.user}" passwd="\${repo.password}"/></ivy:settings>
  </target>
</project>
`,
    },
    {
      name: "web.xml: JSTL's default data source as a JNDI name, and as a URL with driver and user but no password",
      path: 'src/main/webapp/WEB-INF/web.xml',
      code: `<web-app>
  <context-param><param-name>javax.servlet.jsp.jstl.sql.dataSource</param-name><param-value>jdbc/rentals</param-value></context-param>
  <context-param><param-name>javax.servlet.jsp.jstl.sql.dataSource</param-name><param-value>jdbc:h2:mem:demo,org.h2.Driver,sa</param-value></context-param>
</web-app>
`,
    },
  ],
  invalid: [
    {
      name: "MyCat 1.x's schema.xml: the backend MySQL login of a writeHost and of its readHost",
      path: 'mycat/conf/schema.xml',
      code: `<mycat:schema xmlns:mycat="http://io.mycat/">
  <dataHost name="ledgerHost" maxCon="1000" dbType="mysql" dbDriver="jdbc">
    <writeHost host="hostM1" url="jdbc:mysql://ledger-primary:3306" user="mycat"
               password="⟦Wx7Tk2Nq9LzV4mRp⟧">
      <readHost host="hostS1" url="jdbc:mysql://ledger-replica-0:3306" user="mycat" password="⟦Rv2Lm9Qx4Tz7KwNp⟧"/>
    </writeHost>
  </dataHost>
</mycat:schema>
`,
    },
    {
      name: "Ant's build.xml: a task's password attribute (sql, scp) and Ivy's settings credentials",
      path: 'build.xml',
      code: `<project name="rentals" default="war">
  <target name="seed-staging">
    <sql driver="org.postgresql.Driver" url="jdbc:postgresql://staging-db.example.com/rentals"
         userid="rentals_admin" password="⟦Pk3xTn8wQz5vLc1R⟧" src="db/seed.sql"/>
    <scp file="dist/rentals.war" todir="deploy@app1.example.com:/opt/tomcat/webapps" password="⟦Yb6mRd9sKv2qWx4z⟧" trust="true"/>
  </target>
</project>
`,
    },
    {
      name: "web.xml: JSTL's default data source given as url,driver,user,password: the fourth part is the password",
      path: 'src/main/webapp/WEB-INF/web.xml',
      code: `<web-app>
  <context-param>
    <param-name>javax.servlet.jsp.jstl.sql.dataSource</param-name>
    <param-value>jdbc:postgresql://db.example.com:5432/rentals,org.postgresql.Driver,rentals_web,⟦Tq7vLw2cXe9RbN4k⟧</param-value>
  </context-param>
</web-app>
`,
    },
    {
      name: 'WildFly standalone.xml: a datasource password and an Elytron credential store opened with clear text',
      path: 'configuration/standalone.xml',
      code: `<server xmlns="urn:jboss:domain:20.0">
  <datasource jndi-name="java:jboss/datasources/ClaimsDS" pool-name="ClaimsDS">
    <security><user-name>claims_app</user-name><password>⟦Vb3q-Lr8Tz!mW2xKp9⟧</password></security>
  </datasource>
  <credential-store name="app-store" location="credentials/app.cs" create="true">
    <credential-reference clear-text="⟦q7XkR2vNw9TbLm4Hs8Pd⟧"/>
  </credential-store>
</server>
`,
    },
    {
      name: 'Spring constructor arguments named by place: JedisPool by index, with a user before the password, and Spring JDBC in order',
      path: 'src/main/resources/spring-redis.xml',
      code: `<beans>
  <bean id="jedisPool" class="redis.clients.jedis.JedisPool">
    <constructor-arg index="0" ref="jedisPoolConfig"/>
    <constructor-arg index="1" value="10.0.3.7"/>
    <constructor-arg index="2" value="6379" type="int"/>
    <constructor-arg index="3" value="2000" type="int"/>
    <constructor-arg index="4" value="⟦BAe9dWlrlr1blrrJkY⟧"/>
  </bean>
  <bean id="aclPool" class="redis.clients.jedis.JedisPool">
    <constructor-arg ref="jedisPoolConfig"/>
    <constructor-arg value="10.0.3.8"/>
    <constructor-arg value="6379"/>
    <constructor-arg value="2000"/>
    <constructor-arg value="cache-app"/>
    <constructor-arg value="⟦iyn8foYXrglANb8z⟧"/>
  </bean>
  <bean id="ds" class="org.springframework.jdbc.datasource.DriverManagerDataSource">
    <constructor-arg value="jdbc:mysql://10.0.3.9:3306/oa"/>
    <constructor-arg value="oa"/>
    <constructor-arg><value>⟦wX_Fmafb6XIvCy⟧</value></constructor-arg>
  </bean>
</beans>
`,
      messageIncludes: ['Factor III'],
    },
    {
      name: "a value named by the name element before it: Hadoop's <name>/<value>, web.xml's <param-name>/<param-value>",
      path: 'src/main/webapp/WEB-INF/web.xml',
      code: `<web-app>
  <context-param>
    <param-name>recaptcha.secretKey</param-name>
    <param-value>⟦VZZ9TK2g7PJk3hXFYy8u⟧</param-value>
  </context-param>
  <servlet><init-param><param-name>db.password</param-name><param-value>⟦9CiBGUZ0aXWNAAjXlBW2⟧</param-value></init-param></servlet>
</web-app>
`,
      messageIncludes: ['Factor III'],
    },
    {
      name: 'JPA persistence.xml and a Spring bean property: the value attribute named by its name attribute',
      path: 'src/main/resources/META-INF/persistence.xml',
      code: `<persistence>
  <persistence-unit name="catalog">
    <properties>
      <property name="javax.persistence.jdbc.user" value="catalog"/>
      <property name="javax.persistence.jdbc.password" value="⟦DycWnJERU99tt6S⟧"/>
    </properties>
  </persistence-unit>
</persistence>
`,
      messageIncludes: ['Factor III', 'placeholder'],
    },
    {
      name: "Hibernate's property text, a Spring <value> child and the p-namespace",
      path: 'src/main/resources/hibernate.cfg.xml',
      code: `<hibernate-configuration><session-factory>
  <property name="hibernate.connection.password">⟦QuPENH3Q2mDcFeO⟧</property>
  <bean id="mail" class="org.springframework.mail.javamail.JavaMailSenderImpl" p:password="⟦FRJgCWTnCfIcdH4⟧">
    <property name="smtpPassword"><value>⟦NNyCmQWRrqyH4b6⟧</value></property>
  </bean>
</session-factory></hibernate-configuration>
`,
    },
    {
      name: "Tomcat: a Resource's password attribute, a keystore password and a manager user",
      path: 'conf/server.xml',
      code: `<Server>
  <GlobalNamingResources>
    <Resource name="jdbc/Shop" auth="Container" type="javax.sql.DataSource"
              username="shop" password="⟦fPT4WgZj9g2oPkB⟧" url="jdbc:postgresql://db/shop"/>
  </GlobalNamingResources>
  <Connector port="8443" SSLEnabled="true" keystoreFile="conf/keystore.jks" keystorePass="⟦CmOpahallssZS2c⟧"/>
  <user username="deployer" password="⟦NV06oUwgaItQlb9⟧" roles="manager-script"/>
</Server>
`,
    },
    {
      name: "a WildFly datasource's security password",
      path: 'standalone/configuration/standalone.xml',
      code: '<datasource jndi-name="java:jboss/datasources/ShopDS" pool-name="ShopDS">\n  <security><user-name>shop</user-name><password>⟦1ILTcpZgJN6hH2Rf⟧</password></security>\n</datasource>\n',
    },
    {
      name: "GlassFish/Payara resources: a JDBC pool's Password property; a JBoss *-ds.xml datasource's password",
      path: 'src/main/webapp/WEB-INF/glassfish-resources.xml',
      code: '<resources>\n  <jdbc-connection-pool name="ClaimsPool" res-type="javax.sql.DataSource">\n    <property name="User" value="claims_app"/>\n    <property name="Password" value="⟦r8Kq2-Vx7LmZ4tWp⟧"/>\n  </jdbc-connection-pool>\n</resources>\n',
    },
    {
      name: "Magento 1's app/etc/local.xml: the crypt key (a bare <key> named by its parent) and the connection's CDATA password",
      path: 'app/etc/local.xml',
      code: '<config>\n  <global>\n    <crypt>\n      <key><![CDATA[⟦9f2c4e7a1b8d3f6e0a5c2b9d4e7f1a3c⟧]]></key>\n    </crypt>\n    <resources><default_setup><connection>\n      <username><![CDATA[garden]]></username>\n      <password><![CDATA[⟦Tq4-Lm8xVz2Rk7Wp⟧]]></password>\n    </connection></default_setup></resources>\n  </global>\n</config>\n',
    },
    {
      name: "a Magento 2 module's etc/config.xml: the defaults of its payment settings (an API key, a webhook secret)",
      path: 'app/code/Acme/Pay/etc/config.xml',
      code: '<config>\n  <default>\n    <payment>\n      <acme_pay>\n        <title>Acme Pay</title>\n        <api_key backend_model="Magento\\Config\\Model\\Config\\Backend\\Encrypted">⟦5b8c0e2f4a6d8b1c3e5f7a9b0d2c4e6f8a1b3c5d⟧</api_key>\n        <webhook_secret>⟦Rk7Wp2Vx9LmZ4tQq8Hn3Jd6Fs1Gb5Yc0⟧</webhook_secret>\n      </acme_pay>\n    </payment>\n  </default>\n</config>\n',
    },
    {
      name: "a JBoss datasource deployment (*-ds.xml)",
      path: 'deploy/claims-ds.xml',
      code: '<datasources>\n  <local-tx-datasource>\n    <jndi-name>ClaimsDS</jndi-name>\n    <user-name>claims</user-name>\n    <password>⟦Wd4nX9pQ2vLr7sKe⟧</password>\n  </local-tx-datasource>\n</datasources>\n',
    },
    {
      name: "a pom.xml: Flyway's plugin password and a credential-named property",
      path: 'pom.xml',
      code: '<project>\n  <properties>\n    <java.version>21</java.version>\n    <sonar.token>⟦squ_fdcec55fad42612a55e5c3ca2f2e81397bf13838⟧</sonar.token>\n  </properties>\n  <build><plugins><plugin>\n    <groupId>org.flywaydb</groupId><artifactId>flyway-maven-plugin</artifactId>\n    <configuration><url>jdbc:postgresql://localhost:5432/shop</url><user>shop</user><password>⟦ZFuxo7kcGJ8SitER⟧</password></configuration>\n  </plugin></plugins></build>\n</project>\n',
    },
    {
      name: "Maven settings: a server's plain password and a CDATA one",
      path: 'settings.xml',
      code: '<settings><servers>\n  <server><id>nexus</id><password>⟦hjGpdU7gCPuNVaq⟧</password></server>\n  <server><id>gh</id><password><![CDATA[⟦5bf39c2390f0e0e3e43c86f228c986c4663cf38d⟧]]></password></server>\n</servers></settings>\n',
    },
    {
      name: '.NET: a connection string password, an appSettings key and the machine key',
      path: 'src/Shop.Web/Web.config',
      code: `<configuration>
  <connectionStrings>
    <add name="Shop" connectionString="Data Source=sql01;Initial Catalog=Shop;User ID=web;Password=⟦x9t5CeuKsVi3N5R⟧" providerName="System.Data.SqlClient"/>
  </connectionStrings>
  <appSettings>
    <add key="Payments.ApiKey" value="⟦7421267534f1a9075e82cb03260a631ebad64644⟧"/>
  </appSettings>
  <system.web>
    <machineKey validationKey="⟦6779b6cd70459cd99e9bef4de03dc5d591882bb5⟧" validation="HMACSHA256"/>
  </system.web>
</configuration>
`,
    },
  ],
};
