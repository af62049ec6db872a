package keystone.decisionmap.ui.internal;

import keystone.decisionmap.Person;

/**
 * Changes of one text field of a person, for the details panel; the record has {@code with} methods only for the
 * fields the model itself changes.
 */
final class People {

    /** The person's text fields the panel edits. */
    enum Text {
        NAME, TITLE, DEPARTMENT, SUBSIDIARY, NOTES
    }

    private People() {
    }

    static String get(Person p, Text field) {
        return switch (field) {
            case NAME -> p.name();
            case TITLE -> p.title();
            case DEPARTMENT -> p.department();
            case SUBSIDIARY -> p.subsidiary();
            case NOTES -> p.notes();
        };
    }

    static Person with(Person p, Text field, String value) {
        return new Person(p.id(), p.accountId(), field == Text.NAME ? value : p.name(),
                field == Text.TITLE ? value : p.title(), field == Text.DEPARTMENT ? value : p.department(),
                field == Text.SUBSIDIARY ? value : p.subsidiary(), p.level(), p.roles(), p.stance(), p.influence(),
                p.left(), p.leftOn(), field == Text.NOTES ? value : p.notes(), p.x(), p.y());
    }

    /** The person as left (on {@code leftOn}, which may be unknown) or active again. */
    static Person withLeft(Person p, boolean left, java.time.LocalDate leftOn) {
        return new Person(p.id(), p.accountId(), p.name(), p.title(), p.department(), p.subsidiary(), p.level(),
                p.roles(), p.stance(), p.influence(), left, left ? leftOn : null, p.notes(), p.x(), p.y());
    }
}
