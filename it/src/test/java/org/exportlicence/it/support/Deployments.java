package org.exportlicence.it.support;

import java.io.File;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.customs.CustomsFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.Action;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments the tests use: always the EAR the build produced, never a hand-picked subset,
 * so that tests see the real descriptors, datasource, migrations and security.
 */
public final class Deployments {
    public static final String WEB_MODULE = "elp-web.war";
    public static final String EJB_MODULE = "elp-ejb.jar";
    public static final String ROOT_MODULE = "elp-root.war";

    private Deployments() {}

    /**
     * The platform's address (context root /licence) on the server of a deployment's URL: the EAR has
     * two web modules (elp-root at "/" as well), and Arquillian may hand out either's.
     */
    public static java.net.URL platform(java.net.URL any) {
        try {
            return any.toURI().resolve("/licence/").toURL();
        } catch (java.net.URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalArgumentException(any.toString(), e);
        }
    }

    /** The EAR exactly as built (for browser tests, which drive it from outside). */
    public static EnterpriseArchive ear() {
        String path = System.getProperty("ear.file", "../ear/target/export-licence.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The EAR with test classes added to its web module, for tests that run inside the server. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addAsWebInfResource("test-glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        // The role helpers (the whole roles package: Action and every As*) run the tests' calls in the web module.
        web.addPackage(Action.class.getPackage());
        web.addClasses(Deployments.class, Refusals.class, TestLicences.class);
        // The capability fixtures go beside the persistence unit, the settable clock beside the one it replaces.
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addClasses(
                EnterpriseFixtures.class,
                ApplicationFixtures.class,
                LicenceFixtures.class,
                CustomsFixtures.class,
                org.exportlicence.it.quota.QuotaSwapFixtures.class,
                org.exportlicence.it.quota.QuotaVolumeFixtures.class,
                TestClocks.class);
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        withoutRootModule(ear);
        ear.delete("META-INF/glassfish-application.xml");
        ear.addAsManifestResource("test-glassfish-application.xml", "glassfish-application.xml");
        return ear;
    }

    /**
     * Tests that run inside the server go into the platform's web module; Arquillian enriches one web
     * module only, so the root module (which only redirects "/" and answers unknown paths) stays out.
     */
    private static void withoutRootModule(EnterpriseArchive ear) {
        ear.delete(ROOT_MODULE);
        String descriptor;
        try (java.io.InputStream in =
                ear.get("META-INF/application.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String without = descriptor.replaceAll(
                "(?s)<module>\\s*<web>\\s*<web-uri>" + ROOT_MODULE.replace(".", "\\.") + "</web-uri>.*?</module>", "");
        if (without.equals(descriptor)) {
            throw new IllegalStateException("no " + ROOT_MODULE + " module in application.xml");
        }
        ear.delete("META-INF/application.xml");
        ear.addAsManifestResource(new org.jboss.shrinkwrap.api.asset.StringAsset(without), "application.xml");
    }
}
