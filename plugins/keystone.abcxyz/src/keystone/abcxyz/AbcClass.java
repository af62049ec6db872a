package keystone.abcxyz;

/**
 * A customer's class by value: A brings the first 80 % of the total (by default), B the next 15 %, C the rest.
 */
public enum AbcClass {
    A, B, C
}
