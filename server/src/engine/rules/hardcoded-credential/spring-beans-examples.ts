// A Spring bean file under any name (`mongo-connection.xml`, `META-INF/infrastructure.xml`) is read by its `<beans>`
// root (languages/detect.ts), as applicationContext.xml is by its name: a bean's password property is reported, a
// placeholder the container fills in is not. Values are generated.
import type { Examples } from '../../rule';

export const springBeansExamples: Examples = {
  valid: [
    {
      name: "a MongoCredential factory's password from a placeholder, and a MongoTemplate's database name in the same place",
      path: 'src/main/resources/spring/mongo-context.xml',
      code: '<?xml version="1.0" encoding="UTF-8"?>\n<beans xmlns="http://www.springframework.org/schema/beans">\n    <bean id="credential" class="com.mongodb.MongoCredential" factory-method="createCredential">\n        <constructor-arg value="catalog"/>\n        <constructor-arg value="admin"/>\n        <constructor-arg value="${mongo.password}"/>\n    </bean>\n    <bean id="template" class="org.springframework.data.mongodb.core.MongoTemplate">\n        <constructor-arg ref="mongoClient"/>\n        <constructor-arg value="catalog"/>\n        <constructor-arg value="orders"/>\n    </bean>\n</beans>\n',
    },
    {
      name: 'a bean file under another name whose passwords are placeholders',
      path: 'src/main/resources/spring/mail.xml',
      code: '<?xml version="1.0" encoding="UTF-8"?>\n<beans:beans xmlns:beans="http://www.springframework.org/schema/beans">\n    <beans:bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">\n        <beans:property name="username" value="${MAIL_USER}"/>\n        <beans:property name="password" value="${MAIL_PASSWORD}"/>\n    </beans:bean>\n</beans:beans>\n',
    },
  ],
  invalid: [
    {
      name: "MongoCredential's static factory (factory-method): its third constructor-arg is the password, under any bean file name",
      path: 'src/main/resources/spring/mongo-context.xml',
      code: '<?xml version="1.0" encoding="UTF-8"?>\n<beans xmlns="http://www.springframework.org/schema/beans">\n    <bean id="credential" class="com.mongodb.MongoCredential" factory-method="createScramSha256Credential">\n        <constructor-arg value="catalog"/>\n        <constructor-arg value="admin"/>\n        <constructor-arg value="⟦CLBQTYBcJgZflKaK⟧"/>\n    </bean>\n</beans>\n',
    },
    {
      name: 'a DataSource bean in a bean file named for its concern, after a licence comment',
      path: 'src/main/resources/mongo-connection.xml',
      code: '<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  Mongo connection for the inventory module.\n-->\n<beans xmlns="http://www.springframework.org/schema/beans">\n    <bean id="mongoSettings" class="org.example.MongoSettings">\n        <property name="username" value="inventory"/>\n        <property name="password" value="⟦67rZFlcp-3JAu6g3⟧"/>\n    </bean>\n</beans>\n',
    },
  ],
};
