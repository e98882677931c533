package org.exportlicence.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the platform's database answers. Reported by Payara at /health and /health/ready. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:app/jdbc/elp")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(TIMEOUT_SECONDS))
                    .build();
        } catch (Exception e) {
            // The endpoint is anonymous: it says up or down, never a product, version or error text.
            java.util.logging.Logger.getLogger(getClass().getName())
                    .log(java.util.logging.Level.WARNING, "health check database down", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
