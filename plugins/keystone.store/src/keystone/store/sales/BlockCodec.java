package keystone.store.sales;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

import org.eclipse.osgi.util.NLS;

import keystone.store.internal.Messages;

/**
 * The byte form of a block of one customer's lines: a version byte, the line count, the block's product and order
 * id tables, then per line the deltas of id and date, a flag byte and the numbers as zig-zag varints, and a CRC32C
 * of everything before it. About 12-20 bytes per line for typical ERP data.
 */
final class BlockCodec {

    static final byte VERSION = 1;
    private static final int HAS_MARGIN = 1;
    private static final int HAS_QUANTITY = 2;

    private BlockCodec() {
    }

    /** The lines of one block to encode, numbered 0 .. size - 1, ids ascending. */
    interface Source {
        int size();

        long id(int k);

        int day(int k);

        long amount(int k);

        long margin(int k);

        long quantity(int k);

        String product(int k);

        String orderId(int k);
    }

    /** Lines {@code order[from..to)} of {@code buffer}, which receive ids {@code firstId + order[k]}. */
    static Source slice(LineBuffer buffer, int[] order, int from, int to, long firstId) {
        return new Source() {
            public int size() {
                return to - from;
            }

            public long id(int k) {
                return firstId + order[from + k];
            }

            public int day(int k) {
                return buffer.day(order[from + k]);
            }

            public long amount(int k) {
                return buffer.amount(order[from + k]);
            }

            public long margin(int k) {
                return buffer.margin(order[from + k]);
            }

            public long quantity(int k) {
                return buffer.quantity(order[from + k]);
            }

            public String product(int k) {
                return buffer.product(order[from + k]);
            }

            public String orderId(int k) {
                return buffer.orderId(order[from + k]);
            }
        };
    }

    /** Every line of a block. */
    static Source whole(SalesBlock block) {
        int[] all = new int[block.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return subset(block, all, all.length);
    }

    /** The lines {@code kept[0..count)} of a decoded block. */
    static Source subset(SalesBlock block, int[] kept, int count) {
        return new Source() {
            public int size() {
                return count;
            }

            public long id(int k) {
                return block.id(kept[k]);
            }

            public int day(int k) {
                return block.day(kept[k]);
            }

            public long amount(int k) {
                return block.amountUnscaled(kept[k]);
            }

            public long margin(int k) {
                return block.marginUnscaled(kept[k]);
            }

            public long quantity(int k) {
                return block.quantityUnscaled(kept[k]);
            }

            public String product(int k) {
                return block.product(kept[k]);
            }

            public String orderId(int k) {
                return block.orderId(kept[k]);
            }
        };
    }

    static byte[] encode(Source lines) {
        int size = lines.size();
        Out out = new Out(64 + size * 24);
        out.write(VERSION);
        out.varLong(size);
        Map<String, Integer> products = new HashMap<>();
        Map<String, Integer> orders = new HashMap<>();
        int[] productOf = new int[size];
        int[] orderOf = new int[size];
        for (int k = 0; k < size; k++) {
            productOf[k] = products.computeIfAbsent(lines.product(k), p -> products.size());
            orderOf[k] = orders.computeIfAbsent(lines.orderId(k), o -> orders.size());
        }
        strings(out, products);
        strings(out, orders);
        long previousId = 0;
        long previousDay = 0;
        for (int k = 0; k < size; k++) {
            long id = lines.id(k);
            out.varLong(id - previousId);
            previousId = id;
            int day = lines.day(k);
            out.zigZag(day - previousDay);
            previousDay = day;
            long margin = lines.margin(k);
            long quantity = lines.quantity(k);
            out.write((margin != Decimals.NONE ? HAS_MARGIN : 0) | (quantity != Decimals.NONE ? HAS_QUANTITY : 0));
            out.zigZag(lines.amount(k));
            if (margin != Decimals.NONE) {
                out.zigZag(margin);
            }
            if (quantity != Decimals.NONE) {
                out.zigZag(quantity);
            }
            out.varLong(productOf[k]);
            out.varLong(orderOf[k]);
        }
        CRC32C crc = new CRC32C();
        crc.update(out.bytes, 0, out.size);
        int value = (int) crc.getValue();
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
        return Arrays.copyOf(out.bytes, out.size);
    }

    private static void strings(Out out, Map<String, Integer> table) {
        String[] inOrder = new String[table.size()];
        table.forEach((text, index) -> inOrder[index] = text);
        out.varLong(inOrder.length);
        for (String text : inOrder) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.varLong(utf8.length);
            out.write(utf8);
        }
    }

    /**
     * @throws CorruptBlockException when the bytes are not a block this version wrote (checksum, version, length)
     */
    static SalesBlock decode(String customerId, byte[] bytes) {
        if (bytes.length < 6) {
            throw new CorruptBlockException(Messages.Block_tooShort);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int n = bytes.length;
        int stored = (bytes[n - 4] & 0xff) << 24 | (bytes[n - 3] & 0xff) << 16 | (bytes[n - 2] & 0xff) << 8
                | bytes[n - 1] & 0xff;
        if ((int) crc.getValue() != stored) {
            throw new CorruptBlockException(Messages.Block_checksum);
        }
        In in = new In(bytes, n - 4);
        if (in.read() != VERSION) {
            throw new CorruptBlockException(NLS.bind(Messages.Block_unknownVersion, bytes[0]));
        }
        int size = in.count();
        String[] products = in.strings();
        String[] orders = in.strings();
        long[] ids = new long[size];
        int[] days = new int[size];
        long[] amounts = new long[size];
        long[] margins = new long[size];
        long[] quantities = new long[size];
        String[] productOf = new String[size];
        String[] orderOf = new String[size];
        long id = 0;
        long day = 0;
        for (int i = 0; i < size; i++) {
            id += in.varLong();
            ids[i] = id;
            day += in.zigZag();
            days[i] = Math.toIntExact(day);
            int flags = in.read();
            amounts[i] = in.zigZag();
            margins[i] = (flags & HAS_MARGIN) != 0 ? in.zigZag() : Decimals.NONE;
            quantities[i] = (flags & HAS_QUANTITY) != 0 ? in.zigZag() : Decimals.NONE;
            productOf[i] = in.pick(products);
            orderOf[i] = in.pick(orders);
        }
        if (in.position != n - 4) {
            throw new CorruptBlockException(Messages.Block_trailingBytes);
        }
        return new SalesBlock(customerId, ids, days, amounts, margins, quantities, productOf, orderOf);
    }

    /** A growable byte array. */
    private static final class Out {
        byte[] bytes;
        int size;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        void write(byte[] b) {
            if (size + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        void varLong(long value) {
            while ((value & ~0x7FL) != 0) {
                write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            write((int) value);
        }

        void zigZag(long value) {
            varLong(value << 1 ^ value >> 63);
        }
    }

    /** A reader over a byte array that refuses to run past its end. */
    private static final class In {
        final byte[] bytes;
        final int end;
        int position;

        In(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        int read() {
            if (position >= end) {
                throw new CorruptBlockException(Messages.Block_truncated);
            }
            return bytes[position++] & 0xff;
        }

        long varLong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = read();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new CorruptBlockException(Messages.Block_badNumber);
        }

        long zigZag() {
            long raw = varLong();
            return raw >>> 1 ^ -(raw & 1);
        }

        int count() {
            long value = varLong();
            if (value < 0 || value > end) {
                throw new CorruptBlockException(NLS.bind(Messages.Block_badCount, value));
            }
            return (int) value;
        }

        String[] strings() {
            String[] result = new String[count()];
            for (int i = 0; i < result.length; i++) {
                int length = count();
                if (position + length > end) {
                    throw new CorruptBlockException(Messages.Block_truncatedText);
                }
                result[i] = new String(bytes, position, length, StandardCharsets.UTF_8);
                position += length;
            }
            return result;
        }

        String pick(String[] table) {
            long index = varLong();
            if (index < 0 || index >= table.length) {
                throw new CorruptBlockException(NLS.bind(Messages.Block_badTextIndex, index));
            }
            return table[(int) index];
        }
    }
}
