package io.mll4j.hub;

import io.mll4j.exception.HubException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The hub's writer lock: an OS file lock on {@code <hub>/.lock} against other processes, plus an in-process lock
 * because the JVM refuses a second file lock on the same file (OverlappingFileLockException).
 */
final class HubLock implements AutoCloseable {
    static final String LOCK_FILE = ".lock";
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock fileLock;

    private HubLock(ReentrantLock local, FileChannel channel, FileLock fileLock) {
        this.local = local;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Blocks until this thread is the hub's only writer. */
    static HubLock acquire(Path hubDirectory) {
        Path key;
        try {
            Files.createDirectories(hubDirectory);
            key = hubDirectory.toRealPath();
        } catch (IOException e) {
            throw new HubException("Cannot create hub directory " + hubDirectory + ": " + e.getMessage(), e);
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new HubLock(local, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw new HubException("Cannot lock hub " + hubDirectory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            fileLock.release();
        } catch (IOException e) {
            throw new HubException("Cannot release hub lock: " + e.getMessage(), e);
        } finally {
            closeQuietly(channel);
            local.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing the lock file cannot lose data; the lock is gone with the channel either way
        }
    }
}
