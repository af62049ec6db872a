package keystone.dossier;

import java.util.Objects;

/**
 * An account whose dossier contains the text searched for, and where.
 *
 * @param section where in the dossier the text was found, so that the editor can open that page
 * @param snippet the text around the first match in that section, on one line
 */
public record SearchHit(long accountId, String accountName, Section section, String snippet) {

    /** The parts of the dossier, as the editor's pages show them. */
    public enum Section {
        /** General information: name, history, organisational structure, business environment. */
        OVERVIEW,
        /** The three P assessment: evidence and assessor. */
        QUALIFICATION,
        /** Events of every kind, meeting minutes and follow-up actions. */
        HISTORY,
        /** Competitors and what is known of them. */
        COMPETITORS,
        /** Risks: the key contacts. */
        RISKS
    }

    public SearchHit {
        Objects.requireNonNull(section, "section");
        accountName = accountName == null ? "" : accountName;
        snippet = snippet == null ? "" : snippet;
    }
}
