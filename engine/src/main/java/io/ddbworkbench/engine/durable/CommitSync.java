package io.ddbworkbench.engine.durable;

/** How far a commit travels before the write that made it is acknowledged. */
public enum CommitSync {
    /**
     * Handed to the operating system with a write(2). Survives the engine being killed (kill -9, a crash, an
     * out-of-memory error) because the kernel keeps the data and writes it out later; a power cut or an
     * operating-system crash can lose the last few seconds. The default: it costs a system call per group
     * of commits.
     */
    WRITE,
    /**
     * Written and forced to the disk (fsync) before the acknowledgement. Survives power loss too, at the
     * price of a disk flush per group of commits (from well under a millisecond on an SSD to many on a disk).
     */
    FSYNC
}
