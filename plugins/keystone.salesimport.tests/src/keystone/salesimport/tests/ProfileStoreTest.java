package keystone.salesimport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.Detection;
import keystone.salesimport.ImportField;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.MappingProfile;
import keystone.salesimport.ProfileStore;
import keystone.salesimport.SalesImportService;
import keystone.salesimport.ThousandsSeparator;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * Mapping profiles are saved by name and come back exactly, forced settings and all, and re-apply to the next export.
 */
class ProfileStoreTest {

    @TempDir
    Path temp;

    private FixtureDatabase fixture;
    private ProfileStore profiles;

    @BeforeEach
    void openDatabase() {
        fixture = FixtureDatabase.in(temp.resolve("db"));
        profiles = Services.get(ProfileStore.class);
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    private static MappingProfile sapExport() {
        ColumnMapping mapping = ColumnMapping.of(ColumnRef.named("Kundennummer"), ColumnRef.named("Belegdatum"),
                ColumnRef.named("Umsatz")).with(ImportField.CUSTOMER_NAME, ColumnRef.at(2))
                .with(ImportField.MARGIN, ColumnRef.named("Marge"));
        Detection forced = Detection.NONE.withEncoding("windows-1252").withDelimiter('\t').withQuote(Detection.NO_QUOTE)
                .withNumbers(DecimalSeparator.COMMA, ThousandsSeparator.POINT).withDatePattern("dd.MM.yyyy")
                .withHeader(true);
        return new MappingProfile("SAP FI export", mapping, forced);
    }

    @Test
    void aSavedProfileLoadsBackEqual() {
        profiles.save(sapExport());

        assertEquals(Optional.of(sapExport()), profiles.load("SAP FI export"));
        assertEquals(List.of("SAP FI export"), profiles.names());
    }

    @Test
    void aProfileThatForcesNothingLoadsBackEqual() {
        MappingProfile plain = new MappingProfile("plain", ColumnMapping.parse("customer=1,date=3,amount=4"), null);

        profiles.save(plain);

        assertEquals(Optional.of(plain), profiles.load("plain"));
        assertEquals(Detection.NONE, profiles.load("plain").orElseThrow().overrides());
    }

    @Test
    void savingUnderTheSameNameReplaces() {
        profiles.save(sapExport());
        MappingProfile changed = new MappingProfile("SAP FI export", ColumnMapping.parse("customer=A,date=B,amount=C"),
                Detection.NONE);

        profiles.save(changed);

        assertEquals(Optional.of(changed), profiles.load("SAP FI export"));
        assertEquals(1, profiles.names().size());
    }

    @Test
    void deleteRemovesTheProfile() {
        profiles.save(sapExport());

        assertTrue(profiles.delete("SAP FI export"));
        assertFalse(profiles.delete("SAP FI export"));
        assertEquals(Optional.empty(), profiles.load("SAP FI export"));
    }

    @Test
    void aLoadedProfileImportsTheNextExport() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(ColumnRef.named("Kundennummer"), ColumnRef.named("Belegdatum"),
                ColumnRef.named("Umsatz"));
        profiles.save(new MappingProfile("DATEV", mapping, Detection.NONE.withDelimiter(';')
                .withNumbers(DecimalSeparator.COMMA, ThousandsSeparator.POINT)));

        MappingProfile loaded = profiles.load("DATEV").orElseThrow();
        Services.get(SalesImportService.class).importFile(Corpus.copy("good-european.csv", temp),
                ImportOptions.of(loaded), BadLinePolicy.ABORT, null, false, null);

        assertEquals("10003|2024-01-31|1000000", Sales.lines().get(2));
    }
}
