package org.exportlicence.web.platform;

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
            return HealthCheckResponse.named("jms-broker").up().build();
        } catch (Exception e) {
            // The endpoint is anonymous: it says up or down, never a product, version or error text.
            java.util.logging.Logger.getLogger(getClass().getName())
                    .log(java.util.logging.Level.WARNING, "health check jms-broker down", e);
            return HealthCheckResponse.named("jms-broker").down().build();
        }
    }
}
