package org.exportlicence.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.customs.CustomsFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.quota.QuotaSwapFixtures;
import org.exportlicence.it.quota.QuotaVolumeFixtures;
import org.exportlicence.it.security.SignInFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment the tests use: always the EAR the build produced, never a hand-picked subset,
 * so that tests see the real descriptors, datasource, migrations and security.
 */
public final class Deployments {
    private static final String WEB_MODULE = "elp-web.war";
    private static final String EJB_MODULE = "elp-ejb.jar";

    /** The fixtures go beside the persistence unit, the settable clock beside the one it replaces. */
    private static final List<Class<?>> EJB_MODULE_CLASSES = List.of(
            EnterpriseFixtures.class,
            ApplicationFixtures.class,
            LicenceFixtures.class,
            CustomsFixtures.class,
            QuotaSwapFixtures.class,
            QuotaVolumeFixtures.class,
            SignInFixtures.class,
            TestClocks.class);

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

    /** The EAR exactly as built. */
    private static EnterpriseArchive ear() {
        String path = System.getProperty("ear.file", "../ear/target/export-licence.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The one deployment of the whole test run (SuiteDeployment, arquillian.xml): the EAR as built, with
     * every test class that runs inside the server added to its web module and the fixtures to its EJB
     * module, and the test role mapping. Deployed once for all test classes instead of once per class,
     * which took about 12 s each, two thirds of the suite's time, and every redeployment risked one of
     * Payara's redeployment faults. Classes that run as clients (class-level {@code @RunAsClient}, the
     * browser tests) stay out: they drive the same deployment from outside.
     */
    public static EnterpriseArchive suite() {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        for (Class<?> testClass : testClasses()) {
            Class<?> outer = outermost(testClass);
            if (EJB_MODULE_CLASSES.contains(outer)) {
                ejb.addClass(testClass);
            } else if (!outer.isAnnotationPresent(RunAsClient.class)) {
                web.addClass(testClass);
            }
        }
        web.addAsWebInfResource("test-glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        // The usage benchmark's parameters (bin/platform bench), read inside the server.
        web.addAsResource(
                new StringAsset(
                        System.getProperty("bench.messages", "10000") + " " + System.getProperty("bench.senders", "4")),
                "bench-parameters.txt");
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        ear.delete(WEB_MODULE);
        ear.addAsModule(Testable.archiveToTest(web));
        ear.delete("META-INF/glassfish-application.xml");
        ear.addAsManifestResource("test-glassfish-application.xml", "glassfish-application.xml");
        return ear;
    }

    /** Every class of the tests (org.exportlicence.it and below) but the cluster checks, which need no server. */
    private static List<Class<?>> testClasses() {
        try {
            Path root = Path.of(Deployments.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<Path> files = Files.walk(root.resolve("org/exportlicence/it"))) {
                List<Class<?>> classes = new ArrayList<>();
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace(File.separatorChar, '.');
                    name = name.substring(0, name.length() - ".class".length());
                    if (!name.startsWith("org.exportlicence.it.cluster.")) {
                        classes.add(Class.forName(name, false, Deployments.class.getClassLoader()));
                    }
                }
                return classes;
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the test classes", e);
        }
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }
}
