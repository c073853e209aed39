import Foundation

/// Foundation's file errors as words a clerk can act on. On Linux their `localizedDescription` is often
/// only "The operation could not be completed. (NSCocoaErrorDomain error 512.)": the POSIX error underneath
/// says what happened, so that is what is shown.
public enum FileProblem {
    public static func describe(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return describe(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        if error.domain == NSCocoaErrorDomain, let text = cocoaText[error.code] { return text }
        let text = error.localizedDescription
        return text.contains("NSCocoaErrorDomain") || text.isEmpty ? "error \(error.code)" : text
    }

    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EACCES, EPERM: "permission denied"
        case ENOSPC: "the disk is full"
        case EROFS: "the disk is read-only"
        case ENAMETOOLONG: "the name is too long for the file system"
        case EISDIR: "it is a folder"
        case ENOTDIR: "a part of the path is not a folder"
        case ELOOP: "symbolic links loop"
        case EDQUOT: "the disk quota is used up"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// What is at `path` when it is neither a regular file nor a folder (symlinks followed), else nil.
    public static func specialKind(at path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        default: return "a device"
        }
    }

    static let cocoaText: [Int: String] = [
        CocoaError.fileNoSuchFile.rawValue: "no such file or folder",
        CocoaError.fileReadNoSuchFile.rawValue: "no such file or folder",
        CocoaError.fileReadNoPermission.rawValue: "permission denied",
        CocoaError.fileWriteNoPermission.rawValue: "permission denied",
        CocoaError.fileWriteOutOfSpace.rawValue: "the disk is full",
        CocoaError.fileWriteVolumeReadOnly.rawValue: "the disk is read-only",
        CocoaError.fileReadInvalidFileName.rawValue: "the name is not valid here (too long?)",
        CocoaError.fileWriteInvalidFileName.rawValue: "the name is not valid here (too long?)",
        CocoaError.fileReadTooLarge.rawValue: "the file is too large to read",
        CocoaError.fileWriteFileExists.rawValue: "a file of that name exists",
    ]
}
