package keystone.exchange.internal;

/**
 * JSON pointers (RFC 6901) naming places in a document, for messages about it.
 */
final class JsonPaths {

    static final String ROOT = "";

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        return parent + '/' + name.replace("~", "~0").replace("/", "~1");
    }

    static String index(String parent, long index) {
        return parent + '/' + index;
    }

    /** The pointer as shown to users: the root, whose pointer is empty, shows as "/". */
    static String show(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }
}
