import type { Examples } from '../../rule';

/** Spring bean files, JPA, Hibernate, MyBatis, Tomcat, WildFly, logging appenders and web.xml. */
export const jvmConfigXmlExamples: Examples = {
  valid: [
    {
      name: 'Spring beans: `${…}` placeholders, a site\'s own host, a CDN URL and a local mail relay',
      path: 'src/main/resources/applicationContext.xml',
      code: `<beans>\n  <bean id="dataSource" class="com.zaxxer.hikari.HikariDataSource">\n    <property name="jdbcUrl" value="\${jdbc.url}"/>\n  </bean>\n  <bean id="site" class="com.acme.web.SiteSettings">\n    <property name="host" value="www.orchard-market.com"/>\n    <property name="cdnUrl" value="https://static.orchard-market.com/"/>\n  </bean>\n  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">\n    <property name="host" value="localhost"/>\n  </bean>\n</beans>\n`,
    },
    {
      name: 'tool files: Maven\'s Flyway plugin, MyBatis Generator, an IDE\'s data source (a developer\'s database, not the app\'s)',
      path: 'src/main/resources/generatorConfig.xml',
      code: `<generatorConfiguration>\n  <context id="mysql">\n    <jdbcConnection driverClass="com.mysql.cj.jdbc.Driver" connectionURL="jdbc:mysql://10.52.1.7:3306/orchard"/>\n  </context>\n</generatorConfiguration>\n`,
    },
    {
      name: 'Maven\'s pom.xml: a plugin\'s database URL is a build step\'s',
      path: 'pom.xml',
      code: `<project>\n  <build><plugins><plugin>\n    <artifactId>flyway-maven-plugin</artifactId>\n    <configuration><url>jdbc:postgresql://10.52.1.8:5432/orchard</url></configuration>\n  </plugin></plugins></build>\n</project>\n`,
    },
    {
      name: 'JPA: a persistence unit on this machine and one on a compose service',
      path: 'src/main/resources/META-INF/persistence.xml',
      code: `<persistence>\n  <persistence-unit name="local">\n    <properties>\n      <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://localhost:5432/orchard"/>\n      <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://orchard-db:5432/orchard"/>\n    </properties>\n  </persistence-unit>\n</persistence>\n`,
    },
    {
      name: 'Tomcat\'s server.xml: virtual hosts and an Engine\'s default host are the server\'s own names',
      path: 'conf/server.xml',
      code: `<Server port="8005">\n  <Service name="Catalina">\n    <Engine name="Catalina" defaultHost="orchard.internal">\n      <Host name="orchard.internal" appBase="webapps"/>\n    </Engine>\n  </Service>\n</Server>\n`,
    },
    {
      name: 'a test\'s Spring context',
      path: 'src/test/resources/applicationContext-test.xml',
      code: `<beans>\n  <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource">\n    <property name="url" value="jdbc:mysql://10.52.1.9:3306/orchard_test"/>\n  </bean>\n</beans>\n`,
    },
  ],
  invalid: [
    {
      name: 'Spring beans: a data source\'s URL, a JavaMailSenderImpl\'s host, a Jedis pool\'s host and a RabbitMQ connection factory',
      path: 'src/main/resources/applicationContext.xml',
      code: `<beans xmlns:rabbit="http://www.springframework.org/schema/rabbit">\n  <bean id="dataSource" class="com.alibaba.druid.pool.DruidDataSource">\n    <property name="url" value="⟦jdbc:mysql://10.52.1.7:3306/orchard?useSSL=false⟧"/>\n  </bean>\n  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">\n    <property name="host" value="⟦smtp.orchard-market.com⟧"/>\n  </bean>\n  <bean id="jedisPool" class="redis.clients.jedis.JedisPool">\n    <constructor-arg name="host" value="⟦cache-01.orchard.internal⟧"/>\n  </bean>\n  <rabbit:connection-factory id="mq" host="⟦mq-01.orchard.internal⟧" port="5672"/>\n</beans>\n`,
      messageIncludes: ['${'],
    },
    {
      name: 'Hibernate and MyBatis: the connection URL as element text and as a data source property',
      path: 'src/main/resources/hibernate.cfg.xml',
      code: `<hibernate-configuration>\n  <session-factory>\n    <property name="hibernate.connection.url">⟦jdbc:oracle:thin:@ora-erp.orchard.corp:1521/ERP⟧</property>\n  </session-factory>\n</hibernate-configuration>\n`,
    },
    {
      name: 'Tomcat\'s context.xml: a data source\'s URL and a mail session\'s SMTP host',
      path: 'src/main/webapp/META-INF/context.xml',
      code: `<Context>\n  <Resource name="jdbc/orchard" type="javax.sql.DataSource" url="⟦jdbc:postgresql://10.52.3.4:5432/orchard⟧"/>\n  <Resource name="mail/Session" type="jakarta.mail.Session" mail.smtp.host="⟦mail.orchard.corp⟧"/>\n</Context>\n`,
    },
    {
      name: 'Tomcat\'s context descriptor for one app, named for it (conf/Catalina/<host>/<app>.xml)',
      path: 'tomcat/conf/Catalina/localhost/orchard.xml',
      code: `<Context path="/orchard">\n  <Resource name="jdbc/orchard" type="javax.sql.DataSource" url="⟦jdbc:mysql://10.52.3.6:3306/orchard⟧"/>\n</Context>\n`,
    },
    {
      name: 'WildFly\'s datasource, a logback database appender and a web.xml parameter named for Redis',
      path: 'src/main/webapp/WEB-INF/web.xml',
      code: `<web-app>\n  <context-param>\n    <param-name>redisHost</param-name>\n    <param-value>⟦10.52.3.5⟧</param-value>\n  </context-param>\n  <datasource jndi-name="java:/OrchardDS">\n    <connection-url>⟦jdbc:postgresql://pg-orchard.svc.prod.internal:5432/orchard⟧</connection-url>\n  </datasource>\n</web-app>\n`,
    },
  ],
};

/** `jdbc.properties`, `redis.properties`, Quartz's and log4j's settings: the files a Spring XML or plain Java app loads. */
export const jvmConfigPropertiesExamples: Examples = {
  valid: [
    {
      name: 'placeholders, a web page, a ZooKeeper registry (discovery, not an attached service) and this machine',
      path: 'src/main/resources/jdbc.properties',
      code: `jdbc.url=\${JDBC_URL}\nsite.url=https://www.orchard-market.com/\ndubbo.registry.address=zookeeper://10.52.4.1:2181\nredis.host=127.0.0.1\n`,
    },
    {
      name: 'Liquibase\'s and MyBatis Generator\'s settings are a migration run\'s and a code generator\'s',
      path: 'liquibase.properties',
      code: `url=jdbc:postgresql://10.52.4.2:5432/orchard\nchangeLogFile=db/changelog.xml\n`,
    },
    {
      name: 'Spring Boot\'s application.properties is spring.ts\'s (relaxed binding, read once)',
      path: 'src/main/resources/application.properties',
      code: `spring.datasource.url=\${DATABASE_URL}\n`,
    },
  ],
  invalid: [
    {
      name: 'jdbc.properties, redis.properties, a Quartz data source and a log4j SMTP appender',
      path: 'src/main/resources/jdbc.properties',
      code: `jdbc.url=⟦jdbc:mysql://10.52.4.3:3306/orchard?useUnicode=true⟧\nredis.host=⟦cache-02.orchard.internal⟧\norg.quartz.dataSource.main.URL=⟦jdbc:postgresql://pg-jobs.orchard.corp:5432/jobs⟧\nlog4j.appender.MAIL.SMTPHost=⟦smtp.orchard-market.com⟧\n`,
      messageIncludes: ['${'],
    },
  ],
};
