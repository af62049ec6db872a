package keystone.store.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.osgi.util.NLS;

import keystone.model.store.DatabaseLockedException;
import keystone.model.store.StoreException;

/**
 * Keystone's own single-instance lock on a database directory.
 *
 * <p>HSQLDB's lock file is a heartbeat that blocks a new start for about ten seconds after a crash. We turn it
 * off and hold an operating-system lock on {@code keystone.lock} instead: the kernel releases it the moment
 * the holding process dies, even on kill -9, so a restart after a crash opens at once, while a second live
 * process is refused with the holder's identity, which the file records.</p>
 */
final class DatabaseLock implements AutoCloseable {

    static final String FILE_NAME = "keystone.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DatabaseLock acquire(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Lock_cannotCreate, file, e.getMessage()), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw new DatabaseLockedException(directory,
                        NLS.bind(Messages.Lock_sameProcess, ProcessHandle.current().pid()));
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new DatabaseLockedException(directory, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new DatabaseLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(NLS.bind(Messages.Lock_cannotLock, directory, e.getMessage()), e);
        }
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = Messages.Lock_unknownHost;
        }
        return NLS.bind(Messages.Lock_holder, new Object[] {ProcessHandle.current().pid(), host,
                System.getProperty("user.name"), Instant.now().truncatedTo(ChronoUnit.SECONDS)});
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? Messages.Lock_starting : text;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
