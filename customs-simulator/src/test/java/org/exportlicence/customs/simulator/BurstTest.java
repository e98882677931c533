package org.exportlicence.customs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportlicence.customs.simulator.Burst.Licence;
import org.exportlicence.customs.simulator.Messages.Usage;
import org.junit.jupiter.api.Test;

class BurstTest {

    @Test
    void theLicencesInTurnAndEveryTenthMessageTheOneBeforeAgain() {
        List<Licence> licences =
                List.of(new Licence("26-AB-000001", "0200", "035", 12), new Licence("26-AB-000002", "0100", "035", 12));
        List<Usage> sends = Burst.plan(licences, 20);

        assertEquals(20, sends.size());
        for (int i = 9; i < sends.size(); i += 10) {
            assertEquals(sends.get(i - 1), sends.get(i), "message " + i + " is the one before again");
        }
        Map<String, Long> perLicence = sends.stream()
                .map(Usage::declarationNo)
                .distinct()
                .map(number -> sends.stream()
                        .filter(u -> u.declarationNo().equals(number))
                        .findFirst()
                        .orElseThrow()
                        .licenceNo())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of("26-AB-000001", 9L, "26-AB-000002", 9L), perLicence, "the licences in turn");
        assertTrue(sends.stream().allMatch(u -> u.declarationNo().length() == 18), "18-digit declaration numbers");
        assertTrue(sends.stream().allMatch(u -> u.port().equals(u.licenceNo().endsWith("1") ? "0200" : "0100")));
    }

    @Test
    void noLicenceIsUsedBeyondItsUses() {
        List<Usage> sends = Burst.plan(
                List.of(new Licence("26-AB-000001", "0200", "035", 2), new Licence("26-AB-000002", "0100", "035", 12)),
                100);
        assertEquals(
                2,
                sends.stream()
                        .filter(u -> u.licenceNo().endsWith("1"))
                        .map(Usage::declarationNo)
                        .distinct()
                        .count());
        assertEquals(
                12,
                sends.stream()
                        .filter(u -> u.licenceNo().endsWith("2"))
                        .map(Usage::declarationNo)
                        .distinct()
                        .count());
    }

    @Test
    void tooFewUsesGiveFewerMessages() {
        List<Usage> sends = Burst.plan(List.of(new Licence("26-AB-000001", "0200", "035", 3)), 10);
        assertEquals(3, sends.size());
    }
}
