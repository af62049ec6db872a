package keystone.salesimport;

/**
 * The character that separates the integer part of a number from its fraction.
 */
public enum DecimalSeparator {
    POINT('.'),
    COMMA(',');

    private final char character;

    DecimalSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }
}
