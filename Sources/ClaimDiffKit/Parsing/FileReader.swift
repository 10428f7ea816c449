#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files into one buffer that it reuses: a worker reads file after file without
/// allocating, and the bytes it parses stay in the cache it just filled. The bytes of a read
/// are valid until the next read.
final class FileReader {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(capacity: Int = 64 << 10) {
        self.capacity = capacity
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The bytes of a regular file; nil if it cannot be read.
    func read(_ path: String) -> UnsafeBufferPointer<UInt8>? {
        // Non-blocking, so a FIFO named like an annotation file cannot hang the load; anything
        // but a regular file goes to the precise path, which reports it.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(st.st_size)
        if size > capacity {
            buffer.deallocate()
            capacity = max(size, 2 * capacity)
            buffer = .allocate(capacity: capacity)
        }
        var done = 0
        while done < size {
            let n = Glibc.read(fd, buffer + done, size - done)
            guard n > 0 else { return nil }
            done += n
        }
        return UnsafeBufferPointer(start: buffer, count: size)
    }
}
