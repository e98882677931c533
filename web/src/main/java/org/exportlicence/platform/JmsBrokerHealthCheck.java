package org.exportlicence.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the JMS broker (Payara's OpenMQ) accepts a connection; customs messages travel through it. */
@Readiness
@ApplicationScoped
public class JmsBrokerHealthCheck implements HealthCheck {

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = connectionFactory.createConnection()) {
            var metaData = connection.getMetaData();
            return HealthCheckResponse.named("jms-broker").up()
                    .withData("provider", metaData.getJMSProviderName() + " " + metaData.getProviderVersion())
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("jms-broker").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
