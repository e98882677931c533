package org.exportlicence.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment every Arquillian test class runs against, deployed once per test run (named as
 * arquillian.xml's suite deployment class, read by the Arquillian suite extension). Test classes declare
 * no deployment of their own; those that drive the platform from outside are {@code @RunAsClient}.
 */
public final class SuiteDeployment {
    private SuiteDeployment() {}

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }
}
