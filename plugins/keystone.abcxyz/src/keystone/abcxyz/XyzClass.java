package keystone.abcxyz;

/**
 * A customer's class by regularity of its monthly value: X steady, Y fluctuating, Z irregular.
 */
public enum XyzClass {
    X, Y, Z
}
