package keystone.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import keystone.dossier.Qualification.Rating;

/**
 * The three P rule: an account qualifies only when need, solvency and decision power all hold.
 */
class QualificationTest {

    private static Qualification rated(Rating need, Rating solvency, Rating power) {
        return new Qualification(1, need, "need", solvency, "pays", power, "CEO", LocalDate.of(2025, 1, 2), "Anna");
    }

    @Test
    void qualifiesWhenAllThreeHold() {
        assertTrue(rated(Rating.YES, Rating.YES, Rating.YES).qualified());
    }

    @ParameterizedTest
    @EnumSource(value = Rating.class, names = {"UNKNOWN", "NO", "PARTLY"})
    void doesNotQualifyWhenAnyOneFallsShort(Rating shortfall) {
        assertFalse(rated(shortfall, Rating.YES, Rating.YES).qualified());
        assertFalse(rated(Rating.YES, shortfall, Rating.YES).qualified());
        assertFalse(rated(Rating.YES, Rating.YES, shortfall).qualified());
    }

    @Test
    void emptyAssessmentIsUnknownAndNotQualified() {
        Qualification empty = Qualification.empty(5);
        assertEquals(new Qualification(5, Rating.UNKNOWN, "", Rating.UNKNOWN, "", Rating.UNKNOWN, "", null, ""), empty);
        assertFalse(empty.qualified());
    }

    @Test
    void missingTextsBecomeEmptyAndRatingsAreRequired() {
        Qualification q = new Qualification(1, Rating.NO, null, Rating.NO, null, Rating.NO, null, null, null);
        assertEquals("", q.needEvidence());
        assertEquals("", q.assessedBy());
        assertThrows(NullPointerException.class,
                () -> new Qualification(1, null, "", Rating.NO, "", Rating.NO, "", null, ""));
    }
}
