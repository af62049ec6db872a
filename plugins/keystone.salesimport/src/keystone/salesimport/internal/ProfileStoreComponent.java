package keystone.salesimport.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import keystone.salesimport.ImportException;
import keystone.salesimport.MappingProfile;
import keystone.salesimport.ProfileStore;
import keystone.store.Database;

/**
 * {@link ProfileStore} on the table IMPORT_PROFILE, one JSON document per profile name.
 */
@Component(service = ProfileStore.class)
public final class ProfileStoreComponent implements ProfileStore {

    private final Database database;
    private final ProfileJson json = new ProfileJson();

    @Activate
    public ProfileStoreComponent(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void save(MappingProfile profile) {
        String document = json.write(profile);
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO IMPORT_PROFILE p USING (VALUES (CAST(? AS "
                    + "VARCHAR(200)), CAST(? AS VARCHAR(100000)), CAST(? AS TIMESTAMP WITH TIME ZONE))) AS n (NAME, "
                    + "PROFILE, SAVED_AT) ON p.NAME = n.NAME WHEN MATCHED THEN UPDATE SET p.PROFILE = n.PROFILE, "
                    + "p.SAVED_AT = n.SAVED_AT WHEN NOT MATCHED THEN INSERT VALUES (n.NAME, n.PROFILE, n.SAVED_AT)")) {
                ps.setString(1, profile.name());
                ps.setString(2, document);
                ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<MappingProfile> load(String name) {
        String document = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT PROFILE FROM IMPORT_PROFILE WHERE NAME = ?")) {
                ps.setString(1, name.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (document == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.read(name.strip(), document));
        } catch (IllegalArgumentException e) {
            throw new ImportException(NLS.bind(Messages.Profile_unreadable, name, e.getMessage()), e);
        }
    }

    @Override
    public List<String> names() {
        return database.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT NAME FROM IMPORT_PROFILE ORDER BY NAME")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    @Override
    public boolean delete(String name) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM IMPORT_PROFILE WHERE NAME = ?")) {
                ps.setString(1, name.strip());
                return ps.executeUpdate() > 0;
            }
        });
    }
}
